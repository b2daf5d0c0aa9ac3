using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Lists.Versions;

namespace Screening.Infrastructure.Lists.Catalog;

/// <summary>Read side of the list store for the API: every source, its active version and last attempt.</summary>
public sealed class ListCatalog(ListVersionStore versions, SourceStateStore states, IOptions<ListsOptions> options)
{
    /// <summary>Longer than any source name can be (custom names are cut to 50 characters); longer text is no source.</summary>
    public const int MaxSourceLength = 200;

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

    /// <summary>
    /// Every stored version of a source, newest first, each with whether it is served and whether it may be
    /// activated; null for a source that is neither configured nor has any version stored.
    /// </summary>
    public async Task<SourceVersionHistory?> GetVersionHistoryAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        if (source.Length > MaxSourceLength)
        {
            return null;
        }

        var all = await versions.ListAsync(source, cancellationToken).ConfigureAwait(false);
        var pointer = await versions.GetPointerAsync(source, cancellationToken).ConfigureAwait(false);
        if (all.Count == 0 && pointer is null && !IsConfigured(source))
        {
            return null;
        }

        return new SourceVersionHistory(source, pointer?.VersionId, [.. all.Select(record => ListVersionEntry.Of(record, pointer?.VersionId))]);
    }

    /// <summary>What an API answers for a source that <see cref="GetVersionHistoryAsync"/> does not know.</summary>
    public static string UnknownSourceDetail(string source) => $"'{source}' is no configured source and has no stored version.";

    /// <summary>Configured under exactly this name (sources are stored case-sensitively).</summary>
    public bool IsConfigured(string source) =>
        DefaultListSources.Merge(options.Value.Sources).Keys.Contains(source, StringComparer.Ordinal);

    public Task<IReadOnlyList<RefreshAttempt>> GetAttemptsAsync(string source, int take, CancellationToken cancellationToken) =>
        states.GetHistoryAsync(source, take, cancellationToken);
}
