namespace Screening.Domain.Names.Scoring;

/// <summary>The outcome of aligning a query with one listed name.</summary>
internal sealed record NameScore(double Score, IReadOnlyList<TokenAlignment> Alignment);
