namespace Screening.Domain.Names.Scoring;

/// <summary>Why a query token was aligned with a listed token.</summary>
public enum TokenMatchKind
{
    Exact,
    RomanizationVariant,
    Fuzzy,
    Phonetic,
    Joined,
    Unmatched,

    /// <summary>A one-letter initial against a name that begins with it ("J" / "JOACHIM").</summary>
    Initial,
}
