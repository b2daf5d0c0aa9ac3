using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Catalog;

/// <summary>
/// Point reads against the active versions. An entity id is "{source}:{id within the list}" and a
/// source name may itself hold ':' ("custom:acme:123"), so the source is the longest prefix ending
/// before a ':' that has an active pointer: "custom:acme:123" tries "custom:acme" then "custom".
/// </summary>
public sealed class EntityLookup(ListVersionStore versions, ListVersionReader reader, ListStorage storage)
{
    public async Task<SanctionedEntity?> GetEntityAsync(string entityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        foreach (var source in CandidateSources(entityId))
        {
            var (_, active) = await versions.GetActiveAsync(source, cancellationToken).ConfigureAwait(false);
            if (active is not null)
            {
                return await reader.ReadEntityAsync(active, entityId, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    /// <summary>Every active version listing the address (normalized as <see cref="AddressKey"/> does).</summary>
    public async Task<IReadOnlyList<AddressListing>> FindAddressAsync(string address, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var pointers = await versions.GetPointersAsync(cancellationToken).ConfigureAwait(false);
        var key = TableKey.Escape(AddressKey.Normalize(address));
        var listings = new List<AddressListing>();
        await foreach (var row in storage.Table(ListTables.Addresses).QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(key)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var source = row.GetString("Source") ?? string.Empty;
            var versionId = row.GetString("VersionId") ?? string.Empty;
            if (pointers.TryGetValue(source, out var pointer) && pointer.VersionId == versionId)
            {
                listings.Add(new AddressListing(source, versionId, row.GetString("EntityId") ?? string.Empty, row.GetString("Asset") ?? string.Empty, row.GetString("Value") ?? string.Empty));
            }
        }

        return listings;
    }

    /// <summary>Longest first: "a:b:c" gives "a:b", then "a".</summary>
    public static IEnumerable<string> CandidateSources(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        for (var end = entityId.LastIndexOf(':'); end > 0; end = entityId.LastIndexOf(':', end - 1))
        {
            yield return entityId[..end];
        }
    }
}
