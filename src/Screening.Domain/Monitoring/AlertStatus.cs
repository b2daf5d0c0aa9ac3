namespace Screening.Domain.Monitoring;

/// <summary>Where an alert stands: open until decided; <see cref="EntityDelisted"/> when its entity left the list, for review, never a silent close.</summary>
public enum AlertStatus
{
    Open,
    TrueMatch,
    FalsePositive,
    Escalated,
    EntityDelisted,
}
