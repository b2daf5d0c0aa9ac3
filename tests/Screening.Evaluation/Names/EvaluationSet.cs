using Screening.Domain.Model;

namespace Screening.Evaluation.Names;

/// <summary>The entities to index (real list entries padded with synthetic ones) and the labelled queries.</summary>
public sealed record EvaluationSet(IReadOnlyList<SanctionedEntity> Entities, IReadOnlyList<EvaluationQuery> Queries, int Seed);
