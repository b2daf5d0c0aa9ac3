using Screening.Domain.Model;
using Screening.Domain.Monitoring;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// One alert: the subject and the listed entity as they were when it was raised (side by side for the reviewer),
/// the evidence, the list version that raised it, and every change of status with who made it and why.
/// </summary>
public sealed record StoredAlert(
    string Id,
    string SubjectId,
    string EntityId,
    string Source,
    string ListVersion,
    AlertStatus Status,
    double Score,
    SubjectMatchBasis MatchedOn,
    string SubjectValue,
    string ListedValue,
    string Explanation,
    string? ReraisedBecause,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    Subject Subject,
    SanctionedEntity Entity,
    IReadOnlyList<AlertEvent> History);

/// <summary>One change of an alert's status: when, to what, by whom (a key name, or "monitoring") and why.</summary>
public sealed record AlertEvent(DateTimeOffset At, AlertStatus Status, string? By, string? Reason);
