using System.Diagnostics;
using System.Globalization;
using Screening.Domain.Names;
using Screening.Domain.Tests.Names.Evaluation;
using Screening.Evaluation.Names;

namespace Screening.Benchmarks.Names;

/// <summary>
/// "name-profile PASSES": the first 1,000 evaluation queries (as <see cref="NameMatchingBenchmarks"/>), searched one
/// after another, PASSES times in one process after a warm-up. Prints each query's fastest time averaged (µs a query, the
/// figure least disturbed by other jobs on a shared machine), the fastest pass, the per-query p50/p99 over every pass, and the bytes allocated a query.
/// Long enough to attach a sampling profiler: <c>dotnet-trace collect -- dotnet Screening.Benchmarks.dll name-profile 60</c>.
/// </summary>
internal static class NameMatchingProfileRun
{
    /// <summary>
    /// "name-results FILE": every evaluation query's results (default search, and below the threshold; the main set and
    /// the script slices of the tests), entity id and
    /// score in full precision and the explanation, one line a query: two engines that write the same file rank and score alike, which is
    /// how an optimisation shows it changed no result.
    /// </summary>
    public static void WriteResults(string path)
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities);
        var index = NameIndex.Build(set.Entities);
        using var writer = new StreamWriter(path);
        // Beyond the main set, the script slices of the tests (their seed and the held-out one) and the held-out katakana
        // people: the per-pair script comparisons get 650 more queries to show they changed nothing.
        var scriptSlices = ScriptSpellingQueries.Build(Sdn2021.Entities, perScript: 50, seed: 20261130)
            .Concat(ScriptSpellingQueries.Build(Sdn2021.Entities, perScript: 50, seed: 20261201))
            .Concat(KatakanaSpellingQueries.Build(Sdn2021.Entities, count: 50, seed: 20261201));
        foreach (var query in set.Queries.Concat(scriptSlices))
        {
            foreach (var below in new[] { false, true })
            {
                var matches = index.Search(new NameQuery(query.Text, IncludeBelowThreshold: below));
                writer.Write(query.Text);
                foreach (var match in matches)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $" | {match.Entity.Id} {match.Score:R} {match.Explanation.NameScore:R} {match.Explanation.ToString().ReplaceLineEndings(" / ")}"));
                }

                writer.WriteLine();
            }
        }
    }

    /// <param name="passes">How many times every query is searched after the warm-up.</param>
    /// <param name="scriptQueries">The Hebrew, Greek, Georgian and katakana queries instead of the first 1,000.</param>
    public static void Run(int passes, bool scriptQueries = false)
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities);
        var index = NameIndex.Build(set.Entities);
        var queries = (scriptQueries ? NameMatchingBenchmarks.ScriptSpellingQueries(set) : set.Queries.Take(1000))
            .Select(q => new NameQuery(q.Text)).ToArray();
        var checksum = 0;
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            foreach (var query in queries)
            {
                checksum += index.Search(query).Count;
            }
        }

        var timings = new double[passes * queries.Length];
        var fastestPass = double.MaxValue;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var pass = 0; pass < passes; pass++)
        {
            var passStart = Stopwatch.GetTimestamp();
            for (var q = 0; q < queries.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                checksum += index.Search(queries[q]).Count;
                timings[(pass * queries.Length) + q] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            fastestPass = Math.Min(fastestPass, Stopwatch.GetElapsedTime(passStart).TotalMicroseconds / queries.Length);
        }

        // Each query's fastest time over the passes, averaged: a preempted run of a query is replaced by a clean one,
        // so this moves least when other jobs share the cores.
        var fastestEach = 0.0;
        for (var q = 0; q < queries.Length; q++)
        {
            var fastest = double.MaxValue;
            for (var pass = 0; pass < passes; pass++)
            {
                fastest = Math.Min(fastest, timings[(pass * queries.Length) + q]);
            }

            fastestEach += fastest / queries.Length;
        }

        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / timings.Length;
        var allocatedPerQuery = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)timings.Length;
        Array.Sort(timings);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"// NAME-PROFILE {passes} passes x {queries.Length} queries: each query's fastest {fastestEach:0.0} us/query ({1e6 / fastestEach:0} q/s), fastest pass {fastestPass:0.0} us/query ({1e6 / fastestPass:0} q/s), " +
            $"mean {timings.Average():0.0} us, CPU {cpuPerQuery:0.0} us/query, p50 {timings[timings.Length / 2]:0} us, " +
            $"p99 {timings[(int)(timings.Length * 0.99)]:0} us, max {timings[^1]:0} us, {allocatedPerQuery:0} B allocated/query (checksum {checksum})"));
    }
}
