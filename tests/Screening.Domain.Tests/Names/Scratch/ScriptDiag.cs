using System.Globalization;
using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Scratch;

public sealed class ScriptDiag(ITestOutputHelper output)
{
    private static string Show(IEnumerable<NameToken> tokens) => string.Join(" ", tokens.Select(t => $"{t.Text}/{t.Spelling}/{t.Key}/{t.Skeleton}{(t.WrittenWithoutVowels ? "*" : "")}"));

    [Fact]
    public void Diag()
    {
        var queries = ScriptSpellingQueries.Build(Evaluation.Sdn2021.Entities, perScript: 50, seed: 20261130);
        var set = EvaluationSetBuilder.Build(Evaluation.Sdn2021.Entities, new EvaluationSetOptions(Seed: 20210707, EntityCount: 40_000, AlteredQueries: 0, UnlistedQueries: 0, NearMissCompanies: 0, KoreanQueries: 0));
        var report = EvaluationRunner.Run(NameIndex.Build(set.Entities), new EvaluationSet(set.Entities, [.. queries], set.Seed));
        var options = new NameMatchingOptions();
        foreach (var miss in report.Outcomes.Where(o => o.Rank != 1))
        {
            var q = NameNormalizer.Normalize(miss.Query.Text, true);
            var l = NameNormalizer.Normalize(miss.Query.SourceName, true);
            output.WriteLine($"{miss.Query.Alteration} rank {miss.Rank} {miss.ExpectedScore:0.000} top {miss.TopScore:0.000} '{miss.Query.Text}' ({miss.Query.SourceName})");
            output.WriteLine("   Q " + Show(q));
            output.WriteLine("   L " + Show(l));
            foreach (var qt in q)
            {
                output.WriteLine("     " + qt.Text + ": " + string.Join(", ", l.Select(lt => { var (s, k) = TokenSimilarity.Compare(qt, lt, options); return $"{lt.Text} {s:0.00} {k}"; })));
            }
        }
    }
}
