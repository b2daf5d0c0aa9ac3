using Screening.Domain.Model;
using Screening.Functions.Services.Monitoring;

namespace Screening.Benchmarks.Monitoring;

/// <summary>The list store of the scale run: the versions it loaded, by <c>source@version</c>.</summary>
internal sealed class InMemoryListVersions(IReadOnlyDictionary<string, IReadOnlyList<SanctionedEntity>> versions) : IListVersionEntities
{
    public Task<IReadOnlyList<SanctionedEntity>?> ReadAsync(string source, string versionId, CancellationToken cancellationToken) =>
        Task.FromResult(versions.GetValueOrDefault($"{source}@{versionId}"));
}
