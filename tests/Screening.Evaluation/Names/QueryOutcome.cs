namespace Screening.Evaluation.Names;

/// <summary>
/// What the engine answered for one labelled query: the rank of the expected entity (1 + number of entities
/// scored strictly higher; null when it is not among the results), its score, and the top score overall.
/// </summary>
public sealed record QueryOutcome(EvaluationQuery Query, int? Rank, double ExpectedScore, double TopScore, string? TopEntityId);
