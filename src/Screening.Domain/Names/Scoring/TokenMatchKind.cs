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
}
