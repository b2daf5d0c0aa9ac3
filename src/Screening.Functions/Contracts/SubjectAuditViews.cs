namespace Screening.Functions.Contracts;

/// <summary>
/// One line of a subject's audit: its registration and latest screening, each alert raised for it (by the registration
/// screening or a re-screen) and each later change of that alert: a person's decision or a re-screen's change.
/// </summary>
public sealed record SubjectAuditEvent(
    DateTimeOffset At,
    string Event,
    string? By,
    string? AlertId,
    string? EntityId,
    string? EntityName,
    string? Source,
    string? ListVersion,
    string? Status,
    double? Score,
    string? Reason);

/// <summary>Answer of <c>GET /v1/subjects/{id}/audit</c>: the subject as it stands and its audit events, oldest first.</summary>
public sealed record SubjectAuditResponse(SubjectView Subject, IReadOnlyList<SubjectAuditEvent> Events);
