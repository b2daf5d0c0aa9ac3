namespace Screening.Domain.Names.Scoring;

/// <summary>
/// The outcome of aligning a query with one listed name. <see cref="ReplacedWord"/> is a distinctive query word and a
/// distinctive listed word both left unmatched (one word of the name replaced by another), or null.
/// <see cref="InOrderBonus"/> is what the name gains when it holds every query token in the query's order, so the words
/// it has beyond the query are words the query left out (<see cref="NameMatchingOptions.InOrderUnmatchedListedTokenPenalty"/>);
/// zero or more, never negative. <see cref="Initial"/> is a query word and a listed word met as a word and its initial
/// ("J" / "JOACHIM"), or null. A struct: every candidate of every search is scored once, and only the few returned are
/// explained, so a class meant one allocation per candidate (64 bytes, 8 of them the bonus) that lived for one call.
/// </summary>
internal readonly record struct NameScore(
    double Score, IReadOnlyList<TokenAlignment> Alignment, (string Query, string Listed)? ReplacedWord = null, double InOrderBonus = 0,
    (string Query, string Listed)? Initial = null);
