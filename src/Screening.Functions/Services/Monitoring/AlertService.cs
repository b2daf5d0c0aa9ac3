using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>Reads alerts and records reviewers' decisions, with who decided, when and why.</summary>
public sealed class AlertService(AlertStore alerts, MonitoringAudit audit, TimeProvider clock)
{
    public async Task<AlertsPageResponse> ListAsync(AlertFilter filter, int pageSize, PageCursor? after, CancellationToken cancellationToken)
    {
        var page = await alerts.ListAsync(filter, pageSize, after, cancellationToken);
        return new AlertsPageResponse([.. page.Items.Select(AlertSummaryView.From)], page.Next?.Encode());
    }

    public async Task<AlertView?> GetAsync(string alertId, CancellationToken cancellationToken) =>
        await alerts.GetAsync(alertId, cancellationToken) is { } alert ? AlertView.From(alert) : null;

    /// <summary>
    /// Records a decision on the alert and on its subject–entity pair, so a false positive (or a confirmed match) is not
    /// raised again until the subject or the entity changes. 404 when there is no such alert; 409 when other writers
    /// kept changing it (nothing written, the caller may retry).
    /// </summary>
    public async Task<ServiceOutcome<AlertView>> DecideAsync(string alertId, AlertStatus disposition, string reason, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        StoredAlert? decided;
        try
        {
            decided = await alerts.ChangeStatusAsync(alertId, new AlertEvent(clock.GetUtcNow(), disposition, call.Caller, reason), cancellationToken);
        }
        catch (AlertConflictException)
        {
            return ServiceProblem.Conflict(ProblemCodes.AlertConflict,
                $"Alert '{alertId}' was being changed by others at the same time; your decision was not recorded. Read the alert again and retry.");
        }

        if (decided is null)
        {
            return ServiceProblem.NotFound(ProblemCodes.AlertNotFound, $"No alert '{alertId}'.");
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
