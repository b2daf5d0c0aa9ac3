using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Contracts;

/// <summary>An alert in a listing: what matched, how strongly, from which list version, where it stands.</summary>
public sealed record AlertSummaryView(
    string Id,
    AlertStatus Status,
    string SubjectId,
    string EntityId,
    string EntityName,
    string Source,
    string ListVersion,
    double Score,
    SubjectMatchBasis MatchedOn,
    string? ReraisedBecause,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt)
{
    public static AlertSummaryView From(StoredAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertSummaryView(alert.Id, alert.Status, alert.SubjectId, alert.EntityId, alert.Entity.PrimaryName.Value, alert.Source, alert.ListVersion,
            alert.Score, alert.MatchedOn, alert.ReraisedBecause, alert.RaisedAt, alert.UpdatedAt);
    }
}

/// <summary>One alert in full: the subject and the listed entity side by side, the evidence and the history.</summary>
public sealed record AlertView(
    string Id,
    AlertStatus Status,
    double Score,
    SubjectMatchBasis MatchedOn,
    string SubjectValue,
    string ListedValue,
    string Explanation,
    string Source,
    string ListVersion,
    string? ReraisedBecause,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    Subject Subject,
    SanctionedEntity Entity,
    IReadOnlyList<AlertEvent> History)
{
    public static AlertView From(StoredAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertView(alert.Id, alert.Status, alert.Score, alert.MatchedOn, alert.SubjectValue, alert.ListedValue, alert.Explanation, alert.Source,
            alert.ListVersion, alert.ReraisedBecause, alert.RaisedAt, alert.UpdatedAt, alert.Subject, alert.Entity, alert.History);
    }
}

/// <summary>One page of alerts; <see cref="Next"/> is the cursor of the following page.</summary>
public sealed record AlertsPageResponse(IReadOnlyList<AlertSummaryView> Alerts, string? Next);

/// <summary>Body of <c>POST /v1/alerts/{id}/decision</c>.</summary>
public sealed record AlertDecisionRequest(string? Disposition, string? Reason);
