using Screening.Domain.Model;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Tests.Services;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>The list store of the monitoring tests: every version an index published by the test served, with the entities it served for it.</summary>
public sealed class PublishedListVersions(FixedActiveIndex index) : IListVersionEntities
{
    public Task<IReadOnlyList<SanctionedEntity>?> ReadAsync(string source, string versionId, CancellationToken cancellationToken)
    {
        var state = index.Published.LastOrDefault(s => s.Index is not null && s.Lists.Any(l => l.Source == source && l.Version == versionId));
        IReadOnlyList<SanctionedEntity>? entities = state is null ? null : [.. state.Index!.Entities.Values.Where(e => e.Source == source)];
        return Task.FromResult(entities);
    }
}
