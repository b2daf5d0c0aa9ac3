using System.Diagnostics;

namespace Screening.Evaluation.Names;

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
        return new EvaluationReport(outcomes, index.Options.MatchThreshold, index.Options.ReviewThreshold, stopwatch.Elapsed)
        {
            Latency = MeasureLatency(index, set),
        };
    }

    /// <summary>
    /// Per-query latency of plain requests (default threshold and limit), after one warm-up pass so the JIT
    /// has compiled the search path; the labelled pass above asks for ten explained results per query.
    /// </summary>
    private static LatencyDistribution MeasureLatency(NameIndex index, EvaluationSet set)
    {
        var queries = set.Queries.Select(q => new NameQuery(q.Text)).ToArray();
        foreach (var query in queries)
        {
            index.Search(query);
        }

        var elapsed = new double[queries.Length];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queries.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(queries[i]);
            elapsed[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Array.Sort(elapsed);
        return new LatencyDistribution(
            elapsed.Length / total.Elapsed.TotalSeconds,
            cpu.TotalMicroseconds / elapsed.Length,
            elapsed[elapsed.Length / 2],
            elapsed[(int)Math.Min(elapsed.Length - 1, Math.Ceiling(elapsed.Length * 0.99) - 1)],
            elapsed[^1]);
    }
}
