using System.Diagnostics;

namespace Screening.Domain.Names.Evaluation;

/// <summary>Runs every labelled query against an index built from the set's entities and collects the outcomes.</summary>
public static class EvaluationRunner
{
    public static EvaluationReport Run(NameIndex index, EvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(set);
        var outcomes = new List<QueryOutcome>(set.Queries.Count);
        var stopwatch = Stopwatch.StartNew();
        foreach (var query in set.Queries)
        {
            var results = index.Search(new NameQuery(query.Text, Limit: 10, IncludeBelowThreshold: true));
            var top = results.Count > 0 ? results[0] : null;
            var expected = query.ExpectedEntityId is null ? null : results.FirstOrDefault(r => r.Entity.Id == query.ExpectedEntityId);
            int? rank = expected is null ? null : 1 + results.Count(r => r.Score > expected.Score);
            outcomes.Add(new QueryOutcome(query, rank, expected?.Score ?? 0, top?.Score ?? 0, top?.Entity.Id));
        }

        stopwatch.Stop();
        return new EvaluationReport(outcomes, index.Options.MatchThreshold, index.Options.ReviewThreshold, stopwatch.Elapsed);
    }
}
