using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The name-matching benchmark on the real 2021 SDN set. The reduced run guards against quality regressions;
/// the full run prints the report that docs/benchmarks.md records.
/// </summary>
public sealed class NameMatchingEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Reduced_benchmark_meets_quality_floors()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, new EvaluationSetOptions(Seed: 7, EntityCount: 20_000, AlteredQueries: 140, UnlistedQueries: 100, ScriptQueriesPerScript: 10, KatakanaQueries: 10));
        var index = NameIndex.Build(set.Entities);

        var report = EvaluationRunner.Run(index, set);

        output.WriteLine(report.ToString());
        // Every kind of the full report, fewer of each; every query counted. Measured 2026-11-30 with the five script
        // spellings and katakana (10 each) in the set: recall@1 0.957 → 0.967 after the top-1 fixes of report5 (0.965 →
        // 0.976 under the session-1 label rules), recall@10 0.983 → 0.987, ROC-AUC 0.948 → 0.956, no unlisted name at
        // match. The written kinds (Hebrew 0.80, Devanagari 0.90, katakana 0.90 at recall@10) hold the overall figures
        // down; the Latin kinds are all found. kana6 (short katakana keys with their vowels, the article アル, Abd compounds):
        // recall@1 0.967 → 0.970. Deterministic (fixed seed). hebrew6 (main at d7e778a → branch): recall@1 0.977 → 0.980,
        // label rules 0.986 → 0.990, recall@10 0.993 → 0.997, ROC-AUC 0.988 → 0.991 (Hebrew 0.90 → 1.00); latin6 (words
        // left out in order) alone: recall@1 0.977 → 0.980, label rules 0.986 → 0.990.
        Assert.True(report.RecallAt1 >= 0.978, $"recall@1 {report.RecallAt1:0.000}");
        Assert.True(report.LabelRuleRecallAt1 >= 0.988, $"recall@1 under the session-1 label rules {report.LabelRuleRecallAt1:0.000}");
        Assert.True(report.RecallAt10 >= 0.995, $"recall@10 {report.RecallAt10:0.000}");
        // ROC-AUC 0.985 measured on calib6 (Hebrew readings 0.92, Greek and Georgian forms as transliterations); 0.991 on hebrew6.
        Assert.True(report.RocAuc >= 0.99, $"ROC-AUC {report.RocAuc:0.000}");
        Assert.True(report.FalsePositiveRate <= 0.01, $"false positives {report.FalsePositiveRate:0.000}");
        Assert.Equal(0, report.NearMissMatchRate); // a company with one distinctive word replaced is another company
    }

    [Fact]
    [Trait("Category", "Evaluation")]
    public void Full_benchmark_report()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = System.Diagnostics.Stopwatch.StartNew();
        var index = NameIndex.Build(set.Entities);
        build.Stop();
        var measured = GC.GetTotalMemory(forceFullCollection: true) - before;

        var report = EvaluationRunner.Run(index, set);

        output.WriteLine($"index build {build.Elapsed.TotalMilliseconds:0} ms, heap growth {measured / 1_048_576.0:0.0} MB");
        output.WriteLine($"entities {index.EntityCount}, names {index.NameCount}, tokens {index.TokenCount}, approx. index memory {index.ApproximateMemoryBytes / 1_048_576.0:0.0} MB");
        output.WriteLine(report.ToString());
        foreach (var miss in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && o.Rank != 1).Take(100))
        {
            output.WriteLine($"MISS {miss.Query.Alteration} '{miss.Query.Text}' (from '{miss.Query.SourceName}') rank {miss.Rank} score {miss.ExpectedScore:0.000} top {miss.TopEntityId} {miss.TopScore:0.000}");
        }

        // The right names scored lowest, found or not: the ones ROC-AUC sets below unlisted names, and a reviewer never sees.
        foreach (var low in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && o.Rank is not null).OrderBy(o => o.ExpectedScore).Take(60))
        {
            output.WriteLine($"LOW {low.Query.Alteration} '{low.Query.Text}' (from '{low.Query.SourceName}') rank {low.Rank} score {low.ExpectedScore:0.000}");
        }

        foreach (var below in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && o.Rank is not null && o.ExpectedScore < report.MatchThreshold
            && o.Query.Alteration is QueryAlteration.HebrewSpelling or QueryAlteration.GreekSpelling or QueryAlteration.GeorgianSpelling))
        {
            output.WriteLine($"BELOW {below.Query.Alteration} '{below.Query.Text}' (from '{below.Query.SourceName}') rank {below.Rank} score {below.ExpectedScore:0.000}");
        }

        foreach (var fp in report.Outcomes.Where(o => o.Query.ExpectedEntityId is null).OrderByDescending(o => o.TopScore).Take(15))
        {
            output.WriteLine($"NEG {fp.Query.Alteration} '{fp.Query.Text}' top {fp.TopEntityId} {fp.TopScore:0.000}");
        }

        Assert.Equal(1500, set.Queries.Count);
        Assert.Equal(40_000, index.EntityCount);
    }
}
