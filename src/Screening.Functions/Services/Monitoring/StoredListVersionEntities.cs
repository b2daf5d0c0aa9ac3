using Screening.Domain.Model;
using Screening.Infrastructure.Lists;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Reads a stored list version (its snapshot, or its rows) from the list store. A version whose rows are gone
/// (purged by retention, failed, or no longer reading back whole) is no base to compare with: null, and the caller
/// screens in full rather than retrying a read that cannot succeed.
/// </summary>
public sealed class StoredListVersionEntities(ListVersionStore versions, ListVersionReader reader) : IListVersionEntities
{
    public async Task<IReadOnlyList<SanctionedEntity>?> ReadAsync(string source, string versionId, CancellationToken cancellationToken)
    {
        var record = await versions.GetAsync(source, versionId, cancellationToken);
        if (record is null || record.Status is ListVersionStatus.Purged or ListVersionStatus.Failed or ListVersionStatus.Writing)
        {
            return null;
        }

        try
        {
            return (await reader.ReadAsync(record, cancellationToken)).List.Entities;
        }
        catch (InvalidDataException)
        {
            // Rows missing or not matching the record's count: not a reliable base.
            return null;
        }
    }
}
