using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// A subject's audit for a reviewer or an auditor: built from the subject's own record (registered, last screened,
/// deregistered) and its alerts' histories, which already hold every raising, re-screen change and decision with who,
/// when and why. The request-keyed audit trail cannot be searched by subject; these stores can.
/// </summary>
public sealed class SubjectAuditService(SubjectStore subjects, AlertStore alerts)
{
    public const string Registered = "registered";
    public const string Screened = "screened";
    public const string Deregistered = "deregistered";
    public const string AlertRaised = "alert_raised";
    public const string AlertDecided = "alert_decision";
    public const string AlertChangedByMonitoring = "alert_changed_by_monitoring";

    /// <summary>Null when the subject was never registered.</summary>
    public async Task<SubjectAuditResponse?> GetAsync(string subjectId, CancellationToken cancellationToken)
    {
        if (await subjects.GetAsync(subjectId, cancellationToken) is not { } subject)
        {
            return null;
        }

        var events = new List<SubjectAuditEvent>
        {
            new(subject.RegisteredAt, Registered, null, null, null, null, null, null, null, null, "first registered for monitoring"),
        };
        if (subject.ScreenedAt is { } screenedAt)
        {
            events.Add(new(screenedAt, Screened, SubjectAlerting.MonitoringActor, null, null, null, null, subject.ScreenedAgainst, null, null,
                "latest screening of the subject (at registration, a change, or a re-screen)"));
        }

        if (subject.DeregisteredAt is { } deregisteredAt)
        {
            events.Add(new(deregisteredAt, Deregistered, null, null, null, null, null, null, null, null, "no longer screened; alerts and history kept"));
        }

        foreach (var alert in await alerts.ListBySubjectAsync(subjectId, cancellationToken))
        {
            for (var i = 0; i < alert.History.Count; i++)
            {
                var change = alert.History[i];
                var kind = i == 0 ? AlertRaised : change.By == SubjectAlerting.MonitoringActor ? AlertChangedByMonitoring : AlertDecided;
                events.Add(new(change.At, kind, change.By, alert.Id, alert.EntityId, alert.Entity.PrimaryName.Value, alert.Source, alert.ListVersion,
                    AlertStatuses.NameOf(change.Status), i == 0 ? alert.Score : null, change.Reason));
            }
        }

        return new SubjectAuditResponse(SubjectView.From(subject), [.. events.OrderBy(e => e.At)]);
    }
}
