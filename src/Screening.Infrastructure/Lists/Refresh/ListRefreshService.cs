using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// Scheduled refresh of the configured official lists. Sources run independently and side by side:
/// one failing (download, parse, storage) is recorded as its own failed attempt and never stops the
/// others. Each source is refreshed under its lock, so two instances never write the same version.
/// </summary>
public sealed partial class ListRefreshService(
    ListFetcher fetcher,
    ListIngestion ingestion,
    ListVersionStore versions,
    SourceStateStore states,
    SourceLock locks,
    IOptions<ListsOptions> options,
    TimeProvider time,
    ILogger<ListRefreshService> logger)
{
    public const string Trigger = "refresh";

    /// <summary>Every configured source (defaults merged with <c>Lists:Sources</c>), enabled or not.</summary>
    public IReadOnlyDictionary<string, ListSourceOptions> Sources => DefaultListSources.Merge(options.Value.Sources);

    public async Task<IReadOnlyList<IngestionResult>> RefreshAllAsync(CancellationToken cancellationToken)
    {
        var enabled = Sources.Where(pair => pair.Value.Enabled && pair.Value.Url is not null).Select(pair => pair.Key).Order(StringComparer.Ordinal);
        return await Task.WhenAll(enabled.Select(source => RefreshAsync(source, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Refreshes one configured source; never throws for a failure of the source or storage, only reports it.</summary>
    public async Task<IngestionResult> RefreshAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Sources.TryGetValue(source, out var configured) || configured.Url is null)
        {
            throw new ArgumentException($"No list source '{source}' with a Url is configured under Lists:Sources.", nameof(source));
        }

        IngestionResult result;
        (string? ETag, DateTimeOffset? LastModified) validators = default;
        try
        {
            var held = await locks.TryAcquireAsync(source, cancellationToken).ConfigureAwait(false);
            if (held is null)
            {
                LogSkipped(logger, source);
                return new IngestionResult(source, ListRefreshOutcome.Skipped, Problem: new ListProblem("Another instance is refreshing this source."));
            }

            await using (held.ConfigureAwait(false))
            {
                var state = await states.GetAsync(source, cancellationToken).ConfigureAwait(false);
                var fetched = configured.LinkPattern is { Length: > 0 } linkPattern
                    ? await fetcher.FetchLinkedAsync(configured.Url, linkPattern, state?.ETag, cancellationToken).ConfigureAwait(false)
                    : await fetcher.FetchAsync(configured.Url, state?.ETag, state?.LastModified, cancellationToken).ConfigureAwait(false);
                if (fetched.NotModified)
                {
                    var pointer = await versions.GetPointerAsync(source, cancellationToken).ConfigureAwait(false);
                    result = new IngestionResult(source, ListRefreshOutcome.NotModified, pointer?.VersionId, pointer?.VersionId);
                }
                else
                {
                    result = await ingestion.IngestAsync(new IngestionRequest(source, fetched.FileName, fetched.Content!, configured.Format, Trigger), cancellationToken).ConfigureAwait(false);
                    validators = (fetched.ETag, fetched.LastModified);
                }

                await RecordAsync(result, validators, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = new IngestionResult(source, ListRefreshOutcome.Failed, Problem: ListProblem.From(ex));
            LogFailed(logger, source, ex);
            await TryRecordAsync(result, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private Task RecordAsync(IngestionResult result, (string? ETag, DateTimeOffset? LastModified) validators, CancellationToken cancellationToken)
    {
        // Validators are remembered only once the content was fully processed; after a failure the
        // next refresh downloads again instead of being told "not modified" about content never stored.
        var processed = result.Outcome is ListRefreshOutcome.Activated or ListRefreshOutcome.Unchanged or ListRefreshOutcome.Held;
        var attempt = new RefreshAttempt(result.Source, time.GetUtcNow(), result.Outcome, result.VersionId, result.Problem?.Message, Trigger);
        return processed
            ? states.RecordAsync(attempt, validators.ETag, validators.LastModified, cancellationToken)
            : states.RecordAsync(attempt, null, null, cancellationToken);
    }

    private async Task TryRecordAsync(IngestionResult result, CancellationToken cancellationToken)
    {
        try
        {
            await RecordAsync(result, default, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage itself is down: the log is the only record left.
            LogNotRecorded(logger, result.Source, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "List {Source}: another instance holds the refresh lock; skipped")]
    private static partial void LogSkipped(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "List {Source}: refresh failed; the active version stays in service")]
    private static partial void LogFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "List {Source}: the refresh attempt could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string source, Exception exception);
}
