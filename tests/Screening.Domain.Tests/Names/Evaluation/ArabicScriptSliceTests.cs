using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Screening.Domain.Sources;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The Arabic-script slice (matching.md §7): each UN entry's Arabic original-script name queried against an index
/// of the UN entries' Latin-script names only, as OFAC lists them.
/// </summary>
public sealed class ArabicScriptSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void Arabic_script_queries_find_latin_listed_entries()
    {
        var report = Run(UnConsolidated2026.Entities);

        // Before the Arabic name dictionary: recall@1 0.243, 0.8 % at match, 0.0 % false positives (matching.md §7).
        Assert.Equal(366, report.Outcomes.Count(o => o.Query.ExpectedEntityId is not null));
        Assert.True(report.RecallAt1 >= 0.75, $"recall@1 {report.RecallAt1:0.000}");
        Assert.True(report.TruePositiveRate >= 0.45, $"at match {report.TruePositiveRate:0.000}");
        Assert.True(report.FalsePositiveRate <= 0.02, $"false positives {report.FalsePositiveRate:0.000}");
    }

    [Fact]
    public void Arabic_script_queries_of_held_out_ofac_extracts()
    {
        var entities = new[] { "IRGC_sanctions.xml", "yemen_sanctions.xml" }
            .SelectMany(f => ListReader.Read(ListInput.FromFile("ofac-sdn", TestData.Path("ofac", "enhanced_xml_program_extracts", f))).Entities)
            .ToList();
        var report = Run(entities);

        // Persian names of the IRGC programme for the most part; not used to build the dictionary. Before: recall@1 0.380, none at match.
        Assert.Equal(79, report.Outcomes.Count(o => o.Query.ExpectedEntityId is not null));
        Assert.True(report.RecallAt1 >= 0.5, $"recall@1 {report.RecallAt1:0.000}");
        Assert.True(report.FalsePositiveRate <= 0.01, $"false positives {report.FalsePositiveRate:0.000}");
    }

    private EvaluationReport Run(IReadOnlyList<SanctionedEntity> entities)
    {
        var set = ArabicScriptSliceBuilder.Build(entities);
        var index = NameIndex.Build(set.Entities);

        var report = EvaluationRunner.Run(index, set);

        output.WriteLine(report.ToString());
        var types = set.Entities.ToDictionary(e => e.Id, e => e.Type);
        foreach (var type in new[] { EntityType.Individual, EntityType.Entity })
        {
            var part = report.Outcomes.Where(o => o.Query.ExpectedEntityId is { } id && types[id] == type).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type}: {part.Count} queries, recall@1 {Share(part, o => o.Rank == 1):0.000}, >= match {Share(part, o => o.ExpectedScore >= report.MatchThreshold):0.000}, >= review {Share(part, o => o.ExpectedScore >= report.ReviewThreshold):0.000}"));
        }

        foreach (var miss in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && (o.Rank != 1 || o.ExpectedScore < report.MatchThreshold)).Take(40))
        {
            var listed = set.Entities.First(e => e.Id == miss.Query.ExpectedEntityId).PrimaryName.Value;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MISS '{miss.Query.Text}' -> {miss.Query.ExpectedEntityId} '{listed}' rank {miss.Rank} score {miss.ExpectedScore:0.000} top {miss.TopEntityId} {miss.TopScore:0.000}"));
        }

        foreach (var fp in report.Outcomes.Where(o => o.Query.ExpectedEntityId is null).OrderByDescending(o => o.TopScore).Take(15))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NEG '{fp.Query.Text}' top {fp.TopEntityId} {fp.TopScore:0.000}"));
        }

        return report;
    }

    private static double Share(List<QueryOutcome> outcomes, Func<QueryOutcome, bool> predicate) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(predicate) / outcomes.Count;
}
