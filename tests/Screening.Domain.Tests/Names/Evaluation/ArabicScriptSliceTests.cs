using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Evaluation;
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

        Assert.Equal(366, report.Outcomes.Count(o => o.Query.ExpectedEntityId is not null));
    }

    [Fact]
    public void Held_out_ofac_extracts()
    {
        var entities = new[] { "IRGC_sanctions.xml", "yemen_sanctions.xml" }
            .SelectMany(f => ListReader.Read(ListInput.FromFile("ofac-sdn", DataFiles.Path("ofac", "enhanced_xml_program_extracts", f))).Entities)
            .ToList();
        var report = Run(entities);

        Assert.True(report.Outcomes.Count > 0);
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

        foreach (var miss in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && (o.Rank != 1 || o.ExpectedScore < report.MatchThreshold)))
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
