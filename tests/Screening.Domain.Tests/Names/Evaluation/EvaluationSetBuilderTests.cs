using Screening.Domain.Model;
using Screening.Evaluation.Names;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Evaluation;

public sealed class EvaluationSetBuilderTests
{
    private static readonly EvaluationSetOptions Small = new(Seed: 11, EntityCount: 12_000, AlteredQueries: 100, UnlistedQueries: 50, NearMissCompanies: 30, KoreanQueries: 20, ScriptQueriesPerScript: 10, KatakanaQueries: 10);

    [Fact]
    public void Builds_the_same_set_for_the_same_seed()
    {
        var first = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);
        var second = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);

        Assert.Equal(first.Queries, second.Queries);
        Assert.Equal(first.Entities.Select(e => e.PrimaryName.Value), second.Entities.Select(e => e.PrimaryName.Value));
    }

    [Fact]
    public void Pads_the_real_list_to_the_requested_size_with_equal_shares_of_alterations()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);

        Assert.Equal(12_000, set.Entities.Count);
        Assert.Equal(8_976, set.Entities.Count(e => e.Source == "ofac-sdn"));
        Assert.All(
            Enum.GetValues<QueryAlteration>().Where(a => a is not (QueryAlteration.Unlisted or QueryAlteration.OriginalScript or QueryAlteration.NearMissCompany)),
            a => Assert.Equal(10, set.Queries.Count(q => q.Alteration == a))); // Hangul and Revised Romanization: half of 20 each; 10 per script, 10 katakana
        Assert.Equal(50, set.Queries.Count(q => q.Alteration == QueryAlteration.Unlisted));
        Assert.Equal(30, set.Queries.Count(q => q.Alteration == QueryAlteration.NearMissCompany));
    }

    [Fact]
    public void Unlisted_names_are_not_contained_in_any_indexed_name()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);
        var indexedKeySets = set.Entities
            .SelectMany(e => e.Names.Select(n => NameNormalizer.Normalize(n.Value, e.Type == EntityType.Individual).Select(t => t.Key).ToHashSet()))
            .ToList();

        foreach (var query in set.Queries.Where(q => q.Alteration == QueryAlteration.Unlisted))
        {
            var keys = NameNormalizer.Normalize(query.Text, true).Where(t => !t.IsWeak).Select(t => t.Key).ToList();
            Assert.DoesNotContain(indexedKeySets, s => keys.All(s.Contains));
        }
    }

    [Fact]
    public void Every_altered_query_names_a_real_entry()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);
        var ids = Sdn2021.Entities.Select(e => e.Id).ToHashSet();

        Assert.All(set.Queries.Where(q => q.ExpectedEntityId is not null), q => Assert.Contains(q.ExpectedEntityId!, ids));
        Assert.All(set.Queries.Where(q => q.ExpectedEntityId is null), q => Assert.True(q.Alteration is QueryAlteration.Unlisted or QueryAlteration.NearMissCompany));
    }

    [Theory]
    [InlineData(QueryAlteration.Joined)]
    [InlineData(QueryAlteration.LowercaseJoined)]
    public void Joined_queries_have_one_word_fewer_than_the_listed_name(QueryAlteration alteration)
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);

        Assert.All(set.Queries.Where(q => q.Alteration == alteration), q =>
            Assert.Equal(Words(q.SourceName) - 1, Words(q.Text)));
    }

    [Fact]
    public void Split_queries_have_one_word_more_than_the_listed_name() =>
        Assert.All(EvaluationSetBuilder.Build(Sdn2021.Entities, Small).Queries.Where(q => q.Alteration == QueryAlteration.Split), q =>
            Assert.Equal(Words(q.SourceName) + 1, Words(q.Text)));

    [Fact]
    public void Near_miss_companies_keep_all_but_one_word_of_a_listed_company()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);

        Assert.All(set.Queries.Where(q => q.Alteration == QueryAlteration.NearMissCompany), q =>
        {
            var listed = NameNormalizer.Normalize(q.SourceName, false).Select(t => t.Text).ToList();
            var query = NameNormalizer.Normalize(q.Text, false).Select(t => t.Text).ToList();
            Assert.Equal(listed.Count, query.Count);
            Assert.Equal(1, listed.Zip(query).Count(p => p.First != p.Second));
        });
    }

    [Fact]
    public void Korean_queries_spell_dprk_designees_in_hangul_and_revised_romanization()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);
        var korean = set.Queries.Where(q => q.Alteration is QueryAlteration.Hangul or QueryAlteration.RevisedRomanization).ToList();

        Assert.All(korean.Where(q => q.Alteration == QueryAlteration.Hangul), q => Assert.All(q.Text, c => Assert.InRange(c, '\uAC00', '\uD7A3')));
        Assert.All(korean.Where(q => q.Alteration == QueryAlteration.RevisedRomanization), q => Assert.All(q.Text, c => Assert.True(char.IsAscii(c))));
        Assert.All(korean, q => Assert.Contains("DPRK", string.Join(' ', Sdn2021.Entities.Single(e => e.Id == q.ExpectedEntityId).Programs), StringComparison.Ordinal));
    }

    [Fact]
    public void Script_and_katakana_queries_are_in_the_main_set_and_name_listed_persons()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, Small);
        var listed = Sdn2021.Entities.ToDictionary(e => e.Id);
        var written = set.Queries.Where(q => ScriptSpellingQueries.Scripts.Contains(q.Alteration) || q.Alteration == QueryAlteration.KatakanaSpelling).ToList();

        Assert.Equal(60, written.Count);
        Assert.All(written, q => Assert.Equal(EntityType.Individual, listed[q.ExpectedEntityId!].Type));
        Assert.All(written.Where(q => q.Alteration == QueryAlteration.KatakanaSpelling), q =>
            Assert.All(q.Text, c => Assert.True(c is '・' or 'ー' || c is >= '\u30A0' and <= '\u30FF', $"'{c}' in {q.Text}")));
    }

    private static int Words(string name) => name.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Length;
}

public sealed class RocAucTests
{
    [Theory]
    [InlineData(new[] { 0.9, 0.8 }, new[] { 0.1, 0.2 }, 1.0)]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 0.9, 0.8 }, 0.0)]
    [InlineData(new[] { 0.5 }, new[] { 0.5 }, 0.5)]
    [InlineData(new[] { 0.9, 0.4 }, new[] { 0.5, 0.1 }, 0.75)]
    public void Is_the_probability_a_positive_outscores_a_negative(double[] positives, double[] negatives, double expected) =>
        Assert.Equal(expected, RocAuc.Compute(positives, negatives), 6);

    [Fact]
    public void Needs_both_classes() =>
        Assert.Throws<ArgumentException>(() => RocAuc.Compute([0.5], []));
}
