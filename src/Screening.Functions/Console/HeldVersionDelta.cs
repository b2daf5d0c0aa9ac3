using Screening.Domain.Model;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Functions.Console;

/// <summary>
/// What approving a held version would change: its entities and addresses against the active version's, with names,
/// computed on demand (the stored delta of a version is written only once it is activated). Each list is cut at
/// <see cref="MaxItems"/> entries; the totals are always whole.
/// </summary>
public sealed class HeldVersionDelta(ListCatalog catalog, ListVersionReader reader)
{
    public const int MaxItems = 200;

    public async Task<HeldVersionDeltaView?> ComputeAsync(string source, string versionId, CancellationToken cancellationToken)
    {
        var history = await catalog.GetVersionHistoryAsync(source, cancellationToken).ConfigureAwait(false);
        var held = history?.Versions.FirstOrDefault(v => v.Record.VersionId == versionId)?.Record;
        if (held is null)
        {
            return null;
        }

        var active = history!.Versions.FirstOrDefault(v => v.IsActive)?.Record;
        var current = (await reader.ReadAsync(held, cancellationToken).ConfigureAwait(false)).List;
        var previous = active is null ? null : (await reader.ReadAsync(active, cancellationToken).ConfigureAwait(false)).List;
        var delta = ListDeltaCalculator.Compute(source, versionId, active?.VersionId, previous, current);
        var currentById = current.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var previousById = previous?.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal) ?? [];
        return new HeldVersionDeltaView(
            source,
            versionId,
            active?.VersionId,
            delta.Summary,
            Named(delta.Added, currentById),
            Named(delta.Removed, previousById),
            Named(delta.Changed, currentById),
            [.. delta.AddressesAdded.Take(MaxItems)],
            [.. delta.AddressesRemoved.Take(MaxItems)]);
    }

    private static IReadOnlyList<DeltaEntityView> Named(IReadOnlyList<string> ids, Dictionary<string, SanctionedEntity> entities) =>
        [.. ids.Take(MaxItems).Select(id => new DeltaEntityView(id, entities.TryGetValue(id, out var entity) ? entity.PrimaryName.Value : null))];
}
