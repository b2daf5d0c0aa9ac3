namespace Screening.Domain.Monitoring;

/// <summary>
/// What is known of one subject against one listed entity: the latest alert, where it stands, and the fingerprints
/// of both records when it was raised or decided, which is what "either record changed" is measured against.
/// </summary>
public sealed record AlertPair(string SubjectId, string EntityId, string AlertId, AlertStatus Status, string SubjectFingerprint, string EntityFingerprint);
