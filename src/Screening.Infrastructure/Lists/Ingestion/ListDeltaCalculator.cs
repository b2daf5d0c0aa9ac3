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
        var entities = CompareEntities(previous?.Entities ?? [], current.Entities);
        var addressesBefore = Addresses(previous);
        var addressesAfter = Addresses(current);
        return new ListDelta(
            source,
            versionId,
            previousVersionId,
            entities.Added,
            entities.Removed,
            entities.Changed,
            [.. addressesAfter.Where(pair => !addressesBefore.ContainsKey(pair.Key)).Select(pair => pair.Value).OrderBy(a => a.Address, StringComparer.Ordinal)],
            [.. addressesBefore.Where(pair => !addressesAfter.ContainsKey(pair.Key)).Select(pair => pair.Value).OrderBy(a => a.Address, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The entities added, removed and changed (any field differs) from <paramref name="before"/> to
    /// <paramref name="after"/>, by id, each in ordinal order: the one comparison both the stored list delta and the
    /// monitoring re-screen's delta use.
    /// </summary>
    public static EntityChanges CompareEntities(IEnumerable<SanctionedEntity> before, IEnumerable<SanctionedEntity> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeById = before.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var afterById = after.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        return new EntityChanges(
            [.. afterById.Keys.Where(id => !beforeById.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. beforeById.Keys.Where(id => !afterById.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. afterById.Keys.Where(id => beforeById.TryGetValue(id, out var old) && !SameContent(old, afterById[id])).Order(StringComparer.Ordinal)]);
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
