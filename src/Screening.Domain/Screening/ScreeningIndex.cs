using System.Collections.Frozen;
using System.Reflection;
using Screening.Domain.Addresses;
using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Screening;

/// <summary>
/// Everything one set of active list versions needs to answer screening calls, built once and then
/// read-only (safe for any number of concurrent readers): the address index, the name index and the
/// entities by id.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly TranscriptionBridge bridge;

    private ScreeningIndex(FrozenDictionary<string, SanctionedEntity> entities, AddressIndex addresses, NameIndex names, TranscriptionBridge bridge)
    {
        Entities = entities;
        Addresses = addresses;
        Names = names;
        this.bridge = bridge;
    }

    /// <summary>Identifies the matching code and its tuning in audit records, so a past answer can be explained later.</summary>
    public static string EngineVersion { get; } =
        "screening-engine/" + (typeof(ScreeningIndex).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    public IReadOnlyDictionary<string, SanctionedEntity> Entities { get; }
    public AddressIndex Addresses { get; }
    public NameIndex Names { get; }

    /// <summary>Katakana-listed entries and what their English names reach, computed at build (<see cref="TranscriptionBridge"/>).</summary>
    internal TranscriptionBridge Bridge => bridge;

    public static ScreeningIndex Build(IEnumerable<SanctionedEntity> entities, NameMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        // Later versions of the same id win; ids are unique per source, and sources qualify ids.
        var byId = new Dictionary<string, SanctionedEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            byId[entity.Id] = entity;
        }

        var all = byId.Values.ToList();
        var names = NameIndex.Build(all, options);
        return new ScreeningIndex(byId.ToFrozenDictionary(StringComparer.Ordinal), AddressIndex.Build(all), names, TranscriptionBridge.Build(names, all));
    }

    public AddressScreening ScreenAddress(string input, string? chainHint)
    {
        var lookup = Addresses.Lookup(input, chainHint);
        if (lookup.Recognition is RejectedAddress)
        {
            // A rejected input is answered as an error even when a listed value was found, so the caller fixes it.
            return new AddressScreening(lookup.Recognition, []);
        }

        var matches = lookup.Hits
            .Where(hit => Entities.ContainsKey(hit.EntityId))
            .Select(hit => new AddressMatch(Entities[hit.EntityId], hit, lookup.Basis))
            .ToList();
        return new AddressScreening(lookup.Recognition, matches);
    }

    public NameScreening ScreenName(NameQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matchThreshold = query.Threshold ?? Names.Options.MatchThreshold;
        var reviewThreshold = Math.Min(Names.Options.ReviewThreshold, matchThreshold);
        var candidates = bridge.Extend(query, Names.Search(query with { IncludeBelowThreshold = true, Threshold = null }), matchThreshold);
        var best = candidates.Count > 0 ? candidates[0].Score : 0;
        var result = best >= matchThreshold ? ScreeningResult.Match
            : best >= reviewThreshold ? ScreeningResult.PotentialMatch
            : ScreeningResult.NoMatch;
        var shown = query.IncludeBelowThreshold ? candidates : [.. candidates.Where(m => m.Score >= reviewThreshold)];
        return new NameScreening([.. shown.Take(query.Limit)], result, matchThreshold, reviewThreshold);
    }
}
