using BenchmarkDotNet.Attributes;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Benchmarks.Names;

/// <summary>
/// Name screening on the 40,000-entity evaluation set (2021 OFAC SDN + aliases, padded with synthetic names):
/// one query at a time (latency), the 1,000 evaluation queries in a row (throughput), and the index build.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class NameMatchingBenchmarks
{
    private EvaluationSet set = null!;
    private NameIndex index = null!;
    private NameQuery[] queries = [];
    private NameQuery[] scriptQueries = [];

    /// <summary>The evaluation's queries written in Hebrew, Greek, Georgian and katakana: 50 of each kind.</summary>
    private const int ScriptQueryCount = 200;

    [GlobalSetup]
    public void Setup()
    {
        set = EvaluationSetBuilder.Build(Sdn2021.Entities);
        index = NameIndex.Build(set.Entities);
        queries = [.. set.Queries.Select(q => new NameQuery(q.Text))];
        scriptQueries = [.. ScriptSpellingQueries(set).Select(q => new NameQuery(q.Text))];
        if (scriptQueries.Length != ScriptQueryCount)
        {
            throw new InvalidOperationException($"Expected {ScriptQueryCount} script queries, the set has {scriptQueries.Length}.");
        }
    }

    [Benchmark]
    public int Exact_list_name() => index.Search(new NameQuery("AL ZAWAHIRI, Dr. Ayman")).Count;

    [Benchmark]
    public int Typo_in_person_name() => index.Search(new NameQuery("Aymen al-Zawahri")).Count;

    [Benchmark]
    public int Unlisted_common_person_name() => index.Search(new NameQuery("Muhammad Hassan")).Count;

    [Benchmark]
    public int Arabic_script_person_name() => index.Search(new NameQuery("محمد علي حسن")).Count;

    [Benchmark]
    public int Lost_space_person_name() => index.Search(new NameQuery("AHMEDQassim Abdullah Ali")).Count;

    [Benchmark]
    public int Two_typos_in_one_token() => index.Search(new NameQuery("Ramzi nAWoAFI")).Count;

    [Benchmark]
    public int Hangul_person_name() => index.Search(new NameQuery("김광연")).Count;

    [Benchmark(OperationsPerInvoke = 1000)]
    public int Thousand_evaluation_queries()
    {
        // The first thousand, so the figure stays comparable as the set grows query kinds.
        var total = 0;
        foreach (var query in queries.Take(1000))
        {
            total += index.Search(query).Count;
        }

        return total;
    }

    /// <summary>
    /// Queries whose tokens take the script comparisons (Hebrew readings, Greek and Georgian forms, katakana keys), which
    /// the Latin-heavy thousand above barely reaches.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ScriptQueryCount)]
    public int Script_spelling_queries()
    {
        var total = 0;
        foreach (var query in scriptQueries)
        {
            total += index.Search(query).Count;
        }

        return total;
    }

    /// <summary>The Hebrew, Greek, Georgian and katakana queries of the evaluation set, in set order.</summary>
    internal static IEnumerable<EvaluationQuery> ScriptSpellingQueries(EvaluationSet set) =>
        set.Queries.Where(q => q.Alteration is QueryAlteration.HebrewSpelling or QueryAlteration.GreekSpelling
            or QueryAlteration.GeorgianSpelling or QueryAlteration.KatakanaSpelling);

    [Benchmark]
    public NameIndex Build_index_of_40000_entities() => NameIndex.Build(set.Entities);
}
