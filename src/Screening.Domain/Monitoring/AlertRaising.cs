namespace Screening.Domain.Monitoring;

/// <summary>Whether a hit opens a new alert, given what is known of the same subject and entity.</summary>
public static class AlertRaising
{
    public const string SubjectChanged = "subject_changed";
    public const string EntityChanged = "entity_changed";
    public const string SubjectAndEntityChanged = "subject_and_entity_changed";

    /// <summary>
    /// A first hit raises. An alert still under review (open, escalated) is not raised twice. A decided one
    /// (false positive, true match) is raised again only when the subject or the entity changed since, saying which.
    /// An entity that was delisted and is listed again raises afresh.
    /// </summary>
    public static RaiseDecision Decide(AlertPair? known, string subjectFingerprint, string entityFingerprint)
    {
        if (known is null || known.Status == AlertStatus.EntityDelisted)
        {
            return new RaiseDecision(true, null);
        }

        if (known.Status is AlertStatus.Open or AlertStatus.Escalated)
        {
            return new RaiseDecision(false, null);
        }

        var subjectChanged = known.SubjectFingerprint != subjectFingerprint;
        var entityChanged = known.EntityFingerprint != entityFingerprint;
        return (subjectChanged, entityChanged) switch
        {
            (true, true) => new RaiseDecision(true, SubjectAndEntityChanged),
            (true, false) => new RaiseDecision(true, SubjectChanged),
            (false, true) => new RaiseDecision(true, EntityChanged),
            _ => new RaiseDecision(false, null),
        };
    }
}

/// <summary>Raise or not, and when raised again after a decision, which record changed.</summary>
public sealed record RaiseDecision(bool Raise, string? ReraisedBecause);
