namespace Screening.Domain.Screening;

/// <summary>The answer of one screening: a match blocks, a potential match goes to review, no match clears.</summary>
public enum ScreeningResult
{
    Match,
    PotentialMatch,
    NoMatch,
}
