using Microsoft.Extensions.Logging;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Monitoring.Events;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Publishes the events of newly opened alerts right after they are stored, and marks them published. A failure here
/// is logged and left to <see cref="AlertEventSweeper"/>: the outbox row written with the alert keeps the event pending,
/// so it is published at least once, never lost with a failed request or a dead instance.
/// </summary>
public sealed partial class AlertNotifier(AlertEventPublisher publisher, AlertStore alerts, ILogger<AlertNotifier> logger)
{
    public bool Enabled => publisher.Enabled;

    public async Task PublishAsync(IReadOnlyList<StoredAlert> opened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (!publisher.Enabled || opened.Count == 0)
        {
            return;
        }

        try
        {
            await publisher.PublishAsync(opened, cancellationToken);
            foreach (var alert in opened)
            {
                await alerts.MarkEventPublishedAsync(alert.Id, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDeferred(logger, opened.Count, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Count} alert event(s) failed; the sweep publishes them later")]
    private static partial void LogDeferred(ILogger logger, int count, Exception exception);
}
