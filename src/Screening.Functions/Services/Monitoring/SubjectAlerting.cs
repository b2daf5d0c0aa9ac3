using Microsoft.Extensions.Logging;
using Screening.Domain.Monitoring;
using Screening.Domain.Screening;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Screens one subject against an index and opens an alert for each listed entity it hits at or above the review
/// threshold, unless one is already under review or a decision still holds (<see cref="AlertRaising"/>). The alert is
/// written before its pair row, and its id is derived from subject, entity and list version, so a retry after a
/// crash between the two writes finds the same alert and completes the pair: none lost, none duplicated. Each new
/// alert's event is published once it is stored (<see cref="AlertNotifier"/>).
/// </summary>
public sealed partial class SubjectAlerting(AlertStore alerts, AlertNotifier notifier, TimeProvider clock, ILogger<SubjectAlerting> logger)
{
    public const string MonitoringActor = "monitoring";

    /// <summary>When a subject is screened; named in the reason of the alert's first event, so an audit tells a registration's alerts from a re-screen's.</summary>
    public const string AtRegistration = "at registration";

    /// <inheritdoc cref="AtRegistration"/>
    public const string ByRescreen = "by re-screen";

    /// <summary>
    /// The ids of the alerts this screening raised (<paramref name="occasion"/>: <see cref="AtRegistration"/> or <see cref="ByRescreen"/>). An alert a concurrent re-screen of the same subject and lists stored
    /// first has the same id and is included; only alerts this call stored are published, so each event goes out once.
    /// </summary>
    public Task<IReadOnlyList<string>> ScreenAsync(ScreeningIndex index, IReadOnlyDictionary<string, string> versionsBySource, StoredSubject subject, string occasion, CancellationToken cancellationToken) =>
        ScreenAsync(index, versionsBySource, subject, occasion, null, cancellationToken);

    /// <summary>As <see cref="ScreenAsync(ScreeningIndex, IReadOnlyDictionary{string, string}, StoredSubject, string, CancellationToken)"/>, only for the entities of <paramref name="scope"/> (all when null): a delta re-screen.</summary>
    public async Task<IReadOnlyList<string>> ScreenAsync(ScreeningIndex index, IReadOnlyDictionary<string, string> versionsBySource, StoredSubject subject, string occasion, RescreenScope? scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versionsBySource);
        ArgumentNullException.ThrowIfNull(subject);
        var raised = new List<string>();
        var stored = new List<StoredAlert>();
        foreach (var hit in SubjectScreener.Screen(index, subject.Subject, scope))
        {
            var entityFingerprint = EntityFingerprint.Of(hit.Entity);
            var known = await alerts.GetPairAsync(subject.Subject.Id, hit.Entity.Id, cancellationToken);
            var decision = AlertRaising.Decide(known, subject.Fingerprint, entityFingerprint);
            if (!decision.Raise)
            {
                continue;
            }

            var listVersion = versionsBySource.TryGetValue(hit.Entity.Source, out var version) ? version : "unknown";
            // The subject's fingerprint is part of "the subject": a changed subject re-raised at the same list version is a new alert.
            var alertId = MonitoringIds.AlertId($"{subject.Subject.Id}#{subject.Fingerprint}", hit.Entity.Id, $"{hit.Entity.Source}@{listVersion}");
            var now = clock.GetUtcNow();
            var alert = new StoredAlert(alertId, subject.Subject.Id, hit.Entity.Id, hit.Entity.Source, listVersion, AlertStatus.Open, hit.Score, hit.MatchedOn,
                hit.SubjectValue, hit.ListedValue, hit.Explanation, decision.ReraisedBecause, now, now, subject.Subject, hit.Entity,
                [new AlertEvent(now, AlertStatus.Open, MonitoringActor, decision.ReraisedBecause is null ? $"raised {occasion}" : $"raised again {occasion}: {decision.ReraisedBecause}")]);
            raised.Add(alertId);
            if (await alerts.TryAddAsync(alert, notifier.Enabled, cancellationToken))
            {
                stored.Add(alert);
                LogOpened(logger, alertId, subject.Subject.Id, hit.Entity.Id, hit.Score);
            }

            await alerts.PutPairAsync(new AlertPair(subject.Subject.Id, hit.Entity.Id, alertId, AlertStatus.Open, subject.Fingerprint, entityFingerprint), cancellationToken);
        }

        await notifier.PublishAsync(stored, cancellationToken);
        return raised;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertId} opened: subject {SubjectId} against {EntityId} (score {Score})")]
    private static partial void LogOpened(ILogger logger, string alertId, string subjectId, string entityId, double score);
}
