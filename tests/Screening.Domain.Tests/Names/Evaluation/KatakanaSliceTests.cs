using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The katakana slice: each name of the Japanese MOF list written in katakana, queried against an index of the same
/// list's English names only. Most are Western, Russian and Arabic names transcribed into Japanese sounds, which
/// Hepburn alone does not undo (ウラジーミル / VLADIMIR); Korean and Chinese names come back closer.
/// </summary>
public sealed class KatakanaSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void Katakana_names_find_their_english_listing()
    {
        var pairs = MofJapan2026.Names;
        var entities = pairs.Select((p, i) => Entity(i, p.English)).ToList();
        var queries = pairs.Select((p, i) => new EvaluationQuery(p.Katakana, QueryAlteration.OriginalScript, $"jp-mof:{i}", p.English)).ToList();
        var index = NameIndex.Build(entities);

        var report = EvaluationRunner.Run(index, new EvaluationSet(entities, queries, Seed: 0));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} katakana names: recall@1 {report.RecallAt1:0.000}, recall@10 {report.RecallAt10:0.000}, at match {report.TruePositiveRate:0.000}"));
        foreach (var sheet in pairs.Select(p => p.Sheet).Distinct())
        {
            var part = report.Outcomes.Where((o, i) => pairs[i].Sheet == sheet).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sheet}: {part.Count}, recall@1 {part.Count(o => o.Rank == 1) / (double)part.Count:0.000}"));
        }

        foreach (var (outcome, i) in report.Outcomes.Select((o, i) => (o, i)).Where(p => p.o.Rank != 1).Take(25))
        {
            output.WriteLine($"MISS '{outcome.Query.Text}' -> '{pairs[i].English}' rank {outcome.Rank} score {outcome.ExpectedScore:0.000}");
        }

        // Measured 2026-11-30: 2,814 names, recall@1 0.692, recall@10 0.794, 22.6 % at match (docs/benchmarks.md).
        Assert.True(queries.Count > 2_000, $"{queries.Count} names read");
        Assert.True(report.RecallAt1 >= 0.65, $"recall@1 {report.RecallAt1:0.000}");
        Assert.True(report.RecallAt10 >= 0.75, $"recall@10 {report.RecallAt10:0.000}");
    }

    private static SanctionedEntity Entity(int i, string english)
    {
        var name = new EntityName(english, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = $"jp-mof:{i}", Source = "jp-mof", Type = EntityType.Individual, PrimaryName = name, Names = [name] };
    }
}
