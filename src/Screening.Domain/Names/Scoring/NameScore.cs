namespace Screening.Domain.Names.Scoring;

/// <summary>
/// The outcome of aligning a query with one listed name. <see cref="ReplacedWord"/> is a distinctive query word and a
/// distinctive listed word both left unmatched (one word of the name replaced by another), or null.
/// </summary>
internal sealed record NameScore(double Score, IReadOnlyList<TokenAlignment> Alignment, (string Query, string Listed)? ReplacedWord = null);
