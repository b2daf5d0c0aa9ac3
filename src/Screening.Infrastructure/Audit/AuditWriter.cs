using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// Drains the audit queue off the request path: batches records (up to 2,000, or whatever arrived within
/// <see cref="AuditOptions.FlushInterval"/>), writes them with retries so a transient storage error loses
/// nothing, and on shutdown keeps going until the queue is empty. Once a day it deletes records past retention.
/// </summary>
public sealed class AuditWriter(AuditBuffer queue, AuditStore store, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditWriter> logger) : BackgroundService
{
    // Up to this many records per write cycle; the store packs them into one page per partition and writes those in parallel.
    private const int BatchSize = 2000;
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(30);
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

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
        queue.Complete();
        await base.StopAsync(cancellationToken);

        // The loop may never have run (a host stopped before the background task was scheduled) or may have
        // given up at the grace period: whatever is still queued is written now, so a clean shutdown loses nothing.
        using var grace = new CancellationTokenSource(ShutdownGrace);
        var rest = new List<AuditRecord>();
        while (queue.Reader.TryRead(out var record))
        {
            rest.Add(record);
        }

        if (rest.Count > 0)
        {
            await _retry.ExecuteAsync(async token => await store.WriteAsync(rest, token), grace.Token);
            queue.Released(rest.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditRecord>(BatchSize);
        // Shutdown must not cut a write short: writes get their own token, cancelled only after a grace period.
        using var writing = new CancellationTokenSource();
        await using var graceOnStop = stoppingToken.Register(() => writing.CancelAfter(ShutdownGrace));
        var reader = queue.Reader;
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
