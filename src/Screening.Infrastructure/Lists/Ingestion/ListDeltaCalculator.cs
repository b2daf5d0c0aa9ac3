using System.Text.Json;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>Compares two versions by entity id: added, removed, changed (any field differs) and wallet addresses.</summary>
public static class ListDeltaCalculator
{
    public static ListDelta Compute(string source, string versionId, string? previousVersionId, ParsedList? previous, ParsedList current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var before = (previous?.Entities ?? []).ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var after = current.Entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);

        var added = after.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Where(id => !after.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var changed = after.Keys
            .Where(id => before.TryGetValue(id, out var old) && !SameContent(old, after[id]))
            .Order(StringComparer.Ordinal)
            .ToList();

        var addressesBefore = Addresses(previous);
        var addressesAfter = Addresses(current);
        return new ListDelta(
            source,
            versionId,
            previousVersionId,
            added,
            removed,
            changed,
            [.. addressesAfter.Where(pair => !addressesBefore.ContainsKey(pair.Key)).Select(pair => pair.Value).OrderBy(a => a.Address, StringComparer.Ordinal)],
            [.. addressesBefore.Where(pair => !addressesAfter.ContainsKey(pair.Key)).Select(pair => pair.Value).OrderBy(a => a.Address, StringComparer.Ordinal)]);
    }

    // Records compare lists by reference, so compare the stored JSON form instead.
    private static bool SameContent(SanctionedEntity a, SanctionedEntity b) =>
        JsonSerializer.Serialize(a, ListJson.Options) == JsonSerializer.Serialize(b, ListJson.Options);

    private static Dictionary<(string Address, string EntityId), DeltaAddress> Addresses(ParsedList? list)
    {
        var addresses = new Dictionary<(string, string), DeltaAddress>();
        foreach (var entity in list?.Entities ?? [])
        {
            foreach (var address in entity.DigitalCurrencyAddresses.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
            {
                var key = AddressKey.Normalize(address.Value);
                addresses.TryAdd((key, entity.Id), new DeltaAddress(key, address.Asset, entity.Id));
            }
        }

        return addresses;
    }
}
