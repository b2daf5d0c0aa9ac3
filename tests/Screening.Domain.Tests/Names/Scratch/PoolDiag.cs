using System.Reflection;
using Screening.Domain.Names;
using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Scratch;

public sealed class PoolDiag(ITestOutputHelper output)
{
    [Fact]
    public void Pool()
    {
        var set = EvaluationSetBuilder.Build(Evaluation.Sdn2021.Entities, new EvaluationSetOptions(Seed: 20210707, EntityCount: 40_000, AlteredQueries: 0, UnlistedQueries: 0, NearMissCompanies: 0, KoreanQueries: 0));
        var index = NameIndex.Build(set.Entities);
        var f = typeof(NameIndex).GetField("names", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var names = (IndexedName[])f.GetValue(index)!;
        var vocabulary = (TokenVocabulary)typeof(NameIndex).GetField("vocabulary", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
        var joined = (IReadOnlyDictionary<string, int[]>)typeof(NameIndex).GetField("joinedPairs", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
        var entities = (global::Screening.Domain.Model.SanctionedEntity[])typeof(NameIndex).GetField("entities", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
        foreach (var q in Environment.GetEnvironmentVariable("DIAG_QUERIES")!.Split('|'))
        {
            var tokens = NameNormalizer.Normalize(q, true);
            var context = new QueryContext(tokens, vocabulary, index.Options);
            output.WriteLine($"QUERY {q}: weights {string.Join(" ", context.Weights.Select(w => w.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} sum {context.WeightSum:0.00}");
            var pool = CandidateCollector.Collect(context, names, _ => true, joined, 40, index.Options.CommonTokenPostings);
            foreach (var c in pool)
            {
                var n = names[c];
                var e = entities[n.EntityIndex];
                var score = NameScorer.Score(context, n.TokenIds, explain: false).Score;
                output.WriteLine($"   {e.Id} {string.Join(" ", n.TokenIds.Select(t => vocabulary.Tokens[t].Text))} ws {n.WeightSum:0.00} score {score:0.000}");
            }
        }
    }
}
