using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Infrastructure.Lists.Catalog;

/// <summary>Read side of the list store for the API: every source, its active version and last attempt.</summary>
public sealed class ListCatalog(ListVersionStore versions, SourceStateStore states, IOptions<ListsOptions> options)
{
    public async Task<IReadOnlyList<ListSummary>> GetListsAsync(CancellationToken cancellationToken)
    {
        var configured = DefaultListSources.Merge(options.Value.Sources);
        var pointers = await versions.GetPointersAsync(cancellationToken).ConfigureAwait(false);
        var attempts = await states.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var sources = configured.Keys.Concat(pointers.Keys).Concat(attempts.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        return await Task.WhenAll(sources.Select(async source =>
        {
            var all = await versions.ListAsync(source, cancellationToken).ConfigureAwait(false);
            var active = pointers.TryGetValue(source, out var pointer) ? all.FirstOrDefault(v => v.VersionId == pointer.VersionId) : null;
            attempts.TryGetValue(source, out var state);
            configured.TryGetValue(source, out var sourceOptions);
            return new ListSummary(
                source,
                sourceOptions is not null,
                sourceOptions?.Enabled ?? false,
                active is null ? null : ListVersionInfo.Of(active) with { ActivatedAt = pointer!.ActivatedAt },
                state?.LastAttempt,
                state?.LastConfirmedAt,
                [.. all.Where(v => v.Status == ListVersionStatus.Held).Select(ListVersionInfo.Of)]);
        })).ConfigureAwait(false);
    }

    /// <summary>Every stored version of a source, newest first, with status and error (audit, approval).</summary>
    public Task<IReadOnlyList<ListVersionRecord>> GetVersionsAsync(string source, CancellationToken cancellationToken) =>
        versions.ListAsync(source, cancellationToken);

    public Task<IReadOnlyList<RefreshAttempt>> GetAttemptsAsync(string source, int take, CancellationToken cancellationToken) =>
        states.GetHistoryAsync(source, take, cancellationToken);
}
