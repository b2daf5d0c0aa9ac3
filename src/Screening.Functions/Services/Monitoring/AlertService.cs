using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>Reads alerts and records reviewers' decisions, with who decided, when and why.</summary>
public sealed class AlertService(AlertStore alerts, MonitoringAudit audit, TimeProvider clock)
{
    public async Task<AlertsPageResponse> ListAsync(AlertFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var page = await alerts.ListAsync(filter, pageSize, continuation, cancellationToken);
        return new AlertsPageResponse([.. page.Items.Select(AlertSummaryView.From)], PageCursor.Encode(page.Next));
    }

    public async Task<AlertView?> GetAsync(string alertId, CancellationToken cancellationToken) =>
        await alerts.GetAsync(alertId, cancellationToken) is { } alert ? AlertView.From(alert) : null;

    /// <summary>
    /// Records a decision on the alert and on its subject–entity pair, so a false positive (or a confirmed match) is not
    /// raised again until the subject or the entity changes. Null when there is no such alert.
    /// </summary>
    public async Task<AlertView?> DecideAsync(string alertId, AlertStatus disposition, string reason, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var decided = await alerts.ChangeStatusAsync(alertId, new AlertEvent(clock.GetUtcNow(), disposition, call.Caller, reason), cancellationToken);
        if (decided is null)
        {
            return null;
        }

        var pair = await alerts.GetPairAsync(decided.SubjectId, decided.EntityId, cancellationToken);
        // Only the pair's latest alert speaks for the pair; a decision on an older alert is kept in that alert's history.
        if (pair is not null && pair.AlertId == decided.Id)
        {
            await alerts.PutPairAsync(pair with { Status = disposition }, cancellationToken);
        }

        audit.Decided(call, decided, reason);
        return AlertView.From(decided);
    }

    public static AlertStatus ParseDisposition(string disposition) => disposition switch
    {
        "true_match" => AlertStatus.TrueMatch,
        "false_positive" => AlertStatus.FalsePositive,
        "escalated" => AlertStatus.Escalated,
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, "validated before deciding"),
    };
}
