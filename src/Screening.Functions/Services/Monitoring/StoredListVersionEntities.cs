using Screening.Domain.Model;
using Screening.Infrastructure.Lists;

namespace Screening.Functions.Services.Monitoring;

/// <summary>Reads a stored list version (its snapshot, or its rows) from the list store.</summary>
public sealed class StoredListVersionEntities(ListVersionStore versions, ListVersionReader reader) : IListVersionEntities
{
    public async Task<IReadOnlyList<SanctionedEntity>?> ReadAsync(string source, string versionId, CancellationToken cancellationToken)
    {
        var record = await versions.GetAsync(source, versionId, cancellationToken);
        return record is null ? null : (await reader.ReadAsync(record, cancellationToken)).List.Entities;
    }
}
