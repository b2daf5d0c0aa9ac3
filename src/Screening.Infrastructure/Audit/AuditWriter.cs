using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Threading.Channels;
using Polly;
using Polly.Retry;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// Drains the audit queue off the request path: batches records (up to 2,000, or whatever arrived within
/// <see cref="AuditOptions.FlushInterval"/>), writes them with retries so a transient storage error loses
/// nothing, and on shutdown keeps going until the queue is empty. What storage still refuses when the shutdown grace
/// (<see cref="AuditOptions.ShutdownGrace"/>) ends is logged in full (event <see cref="UnsavedEvent"/>, one entry per
/// record) and spilled to local disk (<see cref="AuditSpill"/>), which the next start writes first. Once a day it
/// deletes records past retention.
/// </summary>
public sealed class AuditWriter(AuditBuffer queue, AuditStore store, AuditSpill spill, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditWriter> logger) : BackgroundService
{
    /// <summary>The log event of a record not stored by shutdown: its JSON in full, so an operator can replay it from the logs.</summary>
    public static readonly EventId UnsavedEvent = new(7301, "AuditRecordUnsaved");

    /// <summary>Longest JSON fragment per log entry: Application Insights cuts a custom property at 8,192 characters.</summary>
    public const int LoggedJsonPart = 8000;

    // Up to this many records per write cycle; the store packs them into one page per partition and writes those in parallel.
    private const int BatchSize = 2000;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    private TimeSpan ShutdownGrace => options.Value.ShutdownGrace;

    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(10),
            MaxRetryAttempts = int.MaxValue,
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Audit write failed (attempt {Attempt}); retrying", args.AttemptNumber + 1);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        queue.Complete();
        await base.StopAsync(cancellationToken);

        // The loop may never have run (a host stopped before the background task was scheduled) or may have
        // given up at the grace period: whatever is still queued is written now, so a clean shutdown loses nothing.
        // Within what is left of the one grace, not a second one: the host's own shutdown timeout would otherwise end
        // the process before the records are logged and spilled.
        var left = ShutdownGrace - stopping.Elapsed;
        using var grace = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        var rest = new List<AuditRecord>();
        while (queue.Reader.TryRead(out var record))
        {
            rest.Add(record);
        }

        if (rest.Count > 0)
        {
            try
            {
                await _retry.ExecuteAsync(async token => await store.WriteAsync(rest, token), grace.Token);
            }
            catch (OperationCanceledException) when (grace.IsCancellationRequested)
            {
                Unsaved(rest);
            }

            queue.Released(rest.Count);
        }
    }

    /// <summary>Writes the batches a previous run spilled, oldest first; a file is deleted only once its batch is stored.</summary>
    private async Task ReplaySpillAsync(CancellationToken cancellationToken)
    {
        foreach (var path in spill.Pending())
        {
            List<AuditRecord> records;
            try
            {
                records = AuditSpill.Read(path);
            }
            catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidDataException)
            {
                // Not ours to drop: kept beside the spill under another name for an operator, and its records are in the log.
                TryKeepUnreadable(path, exception);
                continue;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone (another instance on the same disk replayed it) or not readable: the start goes on; its records are in the log.
                logger.LogCritical(UnsavedEvent, exception, "Audit: spilled batch {Path} cannot be opened; replay it from the log (event 7301)", path);
                continue;
            }

            await _retry.ExecuteAsync(async token => await store.WriteAsync(records, token), cancellationToken);
            try
            {
                File.Delete(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Stored already; replaying it again at the next start rewrites the same rows (row keys come from the records).
                logger.LogWarning(exception, "Audit: spilled batch {Path} is stored but could not be deleted", path);
            }

            logger.LogInformation("Audit: wrote {Count} records spilled at a previous shutdown ({Path})", records.Count, path);
        }
    }

    private void TryKeepUnreadable(string path, Exception reason)
    {
        try
        {
            File.Move(path, path + ".unreadable", overwrite: true);
            logger.LogCritical(UnsavedEvent, reason, "Audit: spilled batch {Path} cannot be read; kept as {KeptAs}, replay it from the log (event 7301)", path, path + ".unreadable");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogCritical(UnsavedEvent, exception, "Audit: spilled batch {Path} cannot be read or set aside; replay it from the log (event 7301)", path);
        }
    }

    /// <summary>
    /// Storage stayed down through the shutdown grace: every record goes to the log in full (split into parts when
    /// long) and to the local spill. Logged first, so a full disk or a lost instance still leaves the log to replay from.
    /// </summary>
    private void Unsaved(List<AuditRecord> records)
    {
        foreach (var record in records)
        {
            var json = AuditSpill.Json(record);
            var parts = (json.Length + LoggedJsonPart - 1) / LoggedJsonPart;
            for (var part = 0; part < parts; part++)
            {
                logger.LogCritical(UnsavedEvent,
                    "Audit record not stored by shutdown: request {RequestId} item {ItemIndex} part {Part} of {Parts}: {AuditRecordJson}",
                    record.RequestId, record.ItemIndex, part + 1, parts, json.Substring(part * LoggedJsonPart, Math.Min(LoggedJsonPart, json.Length - (part * LoggedJsonPart))));
            }
        }

        try
        {
            var path = spill.Save(records);
            logger.LogCritical(UnsavedEvent, "Audit: {Count} records not stored by shutdown were logged and spilled to {Path}; the next start writes them", records.Count, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogCritical(UnsavedEvent, exception, "Audit: {Count} records not stored by shutdown could not be spilled; replay them from the log entries above (event 7301)", records.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditRecord>(BatchSize);
        // Shutdown must not cut a write short: writes get their own token, cancelled only after a grace period.
        using var writing = new CancellationTokenSource();
        await using var graceOnStop = stoppingToken.Register(() => writing.CancelAfter(ShutdownGrace));
        var reader = queue.Reader;
        try
        {
            await ReplaySpillAsync(writing.Token);
            await DrainAsync(reader, batch, writing, stoppingToken);
        }
        catch (OperationCanceledException) when (writing.IsCancellationRequested)
        {
            // The shutdown grace ended with storage still refusing: the batch in hand is not lost but logged and spilled.
            if (batch.Count > 0)
            {
                Unsaved(batch);
                queue.Released(batch.Count);
            }
        }
    }

    private async Task DrainAsync(ChannelReader<AuditRecord> reader, List<AuditRecord> batch, CancellationTokenSource writing, CancellationToken stoppingToken)
    {
        while (await reader.WaitToReadAsync(writing.Token))
        {
            var deadline = clock.GetUtcNow() + options.Value.FlushInterval;
            while (batch.Count < BatchSize)
            {
                if (reader.TryRead(out var record))
                {
                    batch.Add(record);
                    continue;
                }

                var wait = deadline - clock.GetUtcNow();
                if (wait <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(writing.Token);
                timeout.CancelAfter(wait);
                try
                {
                    if (!await reader.WaitToReadAsync(timeout.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!writing.IsCancellationRequested)
                {
                    break;
                }
            }

            await _retry.ExecuteAsync(async token => await store.WriteAsync(batch, token), writing.Token);
            queue.Released(batch.Count);
            batch.Clear();
            await PurgeIfDueAsync(writing.Token);
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now.AddDays(1);
        try
        {
            var deleted = await store.PurgeBeforeAsync(now - options.Value.Retention, cancellationToken);
            logger.LogInformation("Audit retention: deleted {Count} records older than {Retention}", deleted, options.Value.Retention);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Audit retention purge failed; it runs again tomorrow");
        }
    }
}
