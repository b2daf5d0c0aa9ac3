using System.Collections.Frozen;
using Screening.Domain.Model;

namespace Screening.Domain.Addresses;

/// <summary>
/// Every digital currency address of one list version, built once and read concurrently.
/// Lookups go by (family, normalized key), so an EVM address listed under ETH is found on every EVM chain and a
/// BCH address in CashAddr form is found in its legacy form. Listed values that are no valid address are kept and
/// matched verbatim. Every accepted spelling of a listed address (its listed form, display form and the case
/// variants its format allows) is also stored pre-recognized, so a hit costs one string lookup; any other input
/// goes through full recognition, whose result those stored entries reproduce exactly.
/// </summary>
public sealed class AddressIndex
{
    private static readonly AddressHit[] NoHits = [];

    private readonly FrozenDictionary<AddressKey, AddressHit[]> hitsByKey;
    private readonly FrozenDictionary<string, AddressHit[]> hitsByVerbatimValue;
    private readonly FrozenDictionary<string, KnownSpelling> knownSpellings;

    private sealed record KnownSpelling(RecognizedAddress Recognition, AddressHit[] Hits);

    private AddressIndex(
        FrozenDictionary<AddressKey, AddressHit[]> hitsByKey,
        FrozenDictionary<string, AddressHit[]> hitsByVerbatimValue,
        FrozenDictionary<string, KnownSpelling> knownSpellings,
        AddressIndexReport report)
    {
        this.hitsByKey = hitsByKey;
        this.hitsByVerbatimValue = hitsByVerbatimValue;
        this.knownSpellings = knownSpellings;
        Report = report;
    }

    public AddressIndexReport Report { get; }

    public static AddressIndex Build(IEnumerable<SanctionedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var byKey = new Dictionary<AddressKey, List<AddressHit>>();
        var recognizedByKey = new Dictionary<AddressKey, List<string>>();
        var verbatim = new Dictionary<string, List<AddressHit>>(StringComparer.Ordinal);
        var unrecognized = new List<UnrecognizedListedAddress>();
        var mismatches = new List<ListedAddressLabelMismatch>();
        var listedValues = 0;

        foreach (var entity in entities)
        {
            foreach (var listed in entity.DigitalCurrencyAddresses)
            {
                listedValues++;
                var value = listed.Value.Trim();
                var recognition = AddressRecognizer.RecognizeTrimmed(value);
                if (recognition is RecognizedAddress address)
                {
                    var key = AddressKey.Of(address);
                    AddDistinct(byKey, key, new AddressHit(entity.Id, listed.Asset, listed.Value, address.Family));
                    GetOrAdd(recognizedByKey, key).Add(value);
                    var mismatch = LabelMismatch(entity.Id, listed, address);
                    if (mismatch is not null)
                    {
                        mismatches.Add(mismatch);
                    }
                }
                else
                {
                    var rejection = (RejectedAddress)recognition;
                    unrecognized.Add(new UnrecognizedListedAddress(entity.Id, listed.Asset, listed.Value, rejection.Code, rejection.Reason));
                    if (value.Length > 0)
                    {
                        AddDistinct(verbatim, value, new AddressHit(entity.Id, listed.Asset, listed.Value, null));
                    }
                }
            }
        }

        var frozenByKey = byKey.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        var spellings = new Dictionary<string, KnownSpelling>(StringComparer.Ordinal);
        foreach (var (key, values) in recognizedByKey)
        {
            foreach (var spelling in values.SelectMany(SpellingsOf).Distinct(StringComparer.Ordinal))
            {
                if (!spellings.ContainsKey(spelling)
                    && AddressRecognizer.RecognizeTrimmed(spelling) is RecognizedAddress same
                    && AddressKey.Of(same) == key)
                {
                    spellings[spelling] = new KnownSpelling(same, frozenByKey[key]);
                }
            }
        }

        var report = new AddressIndexReport(listedValues, frozenByKey.Count, unrecognized, mismatches);
        return new AddressIndex(
            frozenByKey,
            verbatim.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
            spellings.ToFrozenDictionary(StringComparer.Ordinal),
            report);
    }

    /// <summary>
    /// Screens one address. Surrounding whitespace is ignored. An unknown chain hint is rejected before anything else;
    /// a known hint that cannot hold the address yields a chain-mismatch recognition but keeps the hits.
    /// </summary>
    public AddressLookupResult Lookup(string input, string? chainHint = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? chain = null;
        if (!string.IsNullOrWhiteSpace(chainHint))
        {
            if (!ChainHints.TryNormalize(chainHint, out var canonical))
            {
                return new AddressLookupResult(AddressRecognizer.Recognize(input, chainHint), NoHits, AddressMatchBasis.None);
            }

            chain = canonical;
        }

        var text = input.Trim();
        AddressRecognition recognition;
        AddressHit[] hits;
        var basis = AddressMatchBasis.None;
        if (knownSpellings.TryGetValue(text, out var known))
        {
            recognition = known.Recognition;
            hits = known.Hits;
            basis = AddressMatchBasis.SameAddress;
        }
        else
        {
            recognition = AddressRecognizer.RecognizeTrimmed(text);
            if (recognition is RecognizedAddress address)
            {
                hits = hitsByKey.GetValueOrDefault(AddressKey.Of(address), NoHits);
                basis = hits.Length > 0 ? AddressMatchBasis.SameAddress : AddressMatchBasis.None;
            }
            else if (hitsByVerbatimValue.TryGetValue(text, out var verbatimHits))
            {
                hits = verbatimHits;
                basis = AddressMatchBasis.VerbatimListedValue;
            }
            else
            {
                hits = NoHits;
            }
        }

        if (chain is not null)
        {
            recognition = AddressRecognizer.ApplyChainHint(recognition, chain);
        }

        return new AddressLookupResult(recognition, hits, basis);
    }

    /// <summary>The spellings a user may type for a listed address: as listed, canonical, and the case variants.</summary>
    private static IEnumerable<string> SpellingsOf(string listedValue)
    {
        if (AddressRecognizer.RecognizeTrimmed(listedValue) is not RecognizedAddress address)
        {
            yield break;
        }

        foreach (var form in new[] { listedValue, address.DisplayForm, address.NormalizedKey })
        {
            yield return form;
            yield return form.ToLowerInvariant();
            yield return form.ToUpperInvariant();
            if (form.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                yield return string.Concat("0x", form.AsSpan(2).ToString().ToUpperInvariant());
            }

            var colon = form.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && address.Family == AddressFamily.BitcoinLegacy)
            {
                var bare = form[(colon + 1)..];
                yield return bare.ToLowerInvariant();
                yield return bare.ToUpperInvariant();
            }
        }
    }

    private static ListedAddressLabelMismatch? LabelMismatch(string entityId, DigitalCurrencyAddress listed, RecognizedAddress address)
    {
        if (!ChainHints.TryNormalize(listed.Asset, out var chain))
        {
            return new ListedAddressLabelMismatch(entityId, listed.Asset, listed.Value, address.Family,
                $"Asset label '{listed.Asset}' names no supported chain; indexed as {address.Family.Id} ({address.Kind}).");
        }

        return address.ChainCandidates.Contains(chain)
            ? null
            : new ListedAddressLabelMismatch(entityId, listed.Asset, listed.Value, address.Family,
                $"Listed as {listed.Asset}, but the address is a {address.Kind} address of family {address.Family.Id} " +
                $"(chains: {string.Join(", ", address.ChainCandidates)}); indexed under the detected family.");
    }

    private static List<TValue> GetOrAdd<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static void AddDistinct<TKey>(Dictionary<TKey, List<AddressHit>> map, TKey key, AddressHit hit)
        where TKey : notnull
    {
        var list = GetOrAdd(map, key);
        if (!list.Contains(hit))
        {
            list.Add(hit);
        }
    }
}
