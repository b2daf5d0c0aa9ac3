using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Monitoring.Events;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Publishes the events still pending (outbox rows older than <see cref="AlertEventOptions.SweepAfter"/>): those whose
/// publish failed or whose instance died between storing the alert and publishing it. Every instance sweeps; a repeat is
/// harmless, since the event id is the alert id.
/// </summary>
public sealed partial class AlertEventSweeper(
    AlertEventPublisher publisher,
    AlertStore alerts,
    IOptions<AlertEventOptions> options,
    TimeProvider clock,
    ILogger<AlertEventSweeper> logger) : BackgroundService
{
    private const int MaxPerSweep = 500;

    /// <summary>One sweep; the number of events published.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (!publisher.Enabled)
        {
            return 0;
        }

        var pending = await alerts.ReadPendingEventsAsync(clock.GetUtcNow() - options.Value.SweepAfter, MaxPerSweep, cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        await publisher.PublishAsync(pending, cancellationToken);
        foreach (var alert in pending)
        {
            await alerts.MarkEventPublishedAsync(alert.Id, cancellationToken);
        }

        LogSwept(logger, pending.Count);
        return pending.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!publisher.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogSweepFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} pending alert event(s)")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert event sweep failed; retrying on the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
