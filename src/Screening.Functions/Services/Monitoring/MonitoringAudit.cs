using Microsoft.Extensions.Logging;
using Screening.Domain.Screening;
using Screening.Infrastructure.Audit;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Records monitoring in the audit trail next to the screenings: each registration (kind <c>subject_registration</c>),
/// each re-screened partition (<c>rescreen</c>, keyed <c>rescreen-{plan}</c>) and each decision (<c>alert_decision</c>).
/// The registration, re-screen and decision are already stored when this runs, so a full audit buffer cannot refuse
/// them as it refuses a screening; it is logged as an error instead (the alert's own history still holds every decision).
/// </summary>
public sealed partial class MonitoringAudit(AuditBuffer audit, ILogger<MonitoringAudit> logger)
{
    public void Registered(ScreeningCall call, int index, StoredSubject subject, string outcome, IReadOnlyList<string> alertsOpened)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(alertsOpened);
        Record(new AuditRecord(call.RequestId, index, subject.Subject.Id, subject.UpdatedAt, call.Caller, "subject_registration", subject.Subject.Id, subject.Fingerprint,
            subject.ScreenedAgainst ?? string.Empty, ScreeningIndex.EngineVersion, alertsOpened.Count == 0 ? outcome : $"{outcome}; alerts opened: {string.Join(',', alertsOpened)}", []));
    }

    public void Rescreened(RescreenWork work, string versions, int subjects, int opened, int delisted, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(work);
        Record(new AuditRecord(RequestIdOf(work), work.Partition, null, at, SubjectAlerting.MonitoringActor, "rescreen", $"partition {work.Partition} ({work.Reason})",
            $"{subjects} subjects", versions, ScreeningIndex.EngineVersion, $"{opened} alerts opened, {delisted} turned entity_delisted", []));
    }

    public void Decided(ScreeningCall call, StoredAlert alert, string reason)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(alert);
        Record(new AuditRecord(call.RequestId, 0, alert.Id, alert.UpdatedAt, call.Caller, "alert_decision", alert.Id, $"{alert.SubjectId}|{alert.EntityId}: {reason}",
            $"{alert.Source}@{alert.ListVersion}", ScreeningIndex.EngineVersion, Http.AlertStatuses.NameOf(alert.Status),
            [new AuditedMatch(alert.EntityId, alert.Entity.PrimaryName.Value, alert.Score, alert.MatchedOn.ToString().ToLowerInvariant(), alert.ListedValue)]));
    }

    /// <summary>The audit request id of a re-screen: one per plan, so <c>GET /v1/screenings/rescreen-{plan}</c> lists its partitions.</summary>
    public static string RequestIdOf(RescreenWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return "rescreen-" + work.PlanKey;
    }

    private void Record(AuditRecord record)
    {
        if (!audit.TryEnqueue([record]))
        {
            LogNotRecorded(logger, record.Kind, record.RequestId, record.Input);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit buffer is full: {Kind} {RequestId} ({Input}) is stored but not in the audit trail")]
    private static partial void LogNotRecorded(ILogger logger, string kind, string requestId, string input);
}
