namespace Screening.Domain.Names.Evaluation;

/// <summary>How an evaluation query was derived from a listed name (or that it names nobody listed).</summary>
public enum QueryAlteration
{
    Exact,
    CaseAndPunctuation,
    OneTypo,
    TwoTypos,
    TokenReordering,
    DroppedMiddleToken,
    Alias,

    /// <summary>A listed name as written in its original script, against an index of Latin-script names only.</summary>
    OriginalScript,
    Unlisted,
}
