using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Scoring;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// A query that is a listed name with words left out (every query word spelled as listed, in the listed order) ranks
/// that name above a name lacking a query word or holding the query's words in another order, whatever the rarity of the
/// word left out (<see cref="NameMatchingOptions.InOrderUnmatchedListedTokenPenalty"/>). The listed names are the real
/// 2021 SDN entries the evaluation's dropped-word queries came from; each rival is the evaluation's distractor that
/// outranked it, recombined from real list words, added to the whole SDN set so token rarity is the list's.
/// </summary>
public sealed class LeftOutWordsTests
{
    private const string InOrderReason = "every query word found in order";

    private static readonly Lazy<NameIndex> WithRivals = new(() => NameIndex.Build(
    [
        .. Sdn2021.Entities,
        Rival("1", EntityType.Entity, "ALWAYS PROPERTIES"),
        Rival("2", EntityType.Entity, "COMPANY MAIWAND"),
        Rival("3", EntityType.Individual, "VILLA DE CIFUENTES, Jorge Andres"),
        Rival("4", EntityType.Individual, "WIN, Mohammad"),
    ]));

    [Theory]
    // SDN 27531 ALWAYS SMOOTH LTD: 0.813 under ALWAYS PROPERTIES 0.832 (LTD missing, a rarer word left out of the listed name).
    [InlineData("ALWAYS LTD", "ofac-sdn:27531", "rival:1")]
    // SDN 21846: 0.906 under COMPANY MAIWAND 0.924, which lacks GENERAL and LLC and has the words in another order.
    [InlineData("MAIWAND GENERAL CO LLC", "ofac-sdn:21846", "rival:2")]
    // SDN 12300 CIFUENTES VILLA, Jorge Milton: 0.901 under VILLA DE CIFUENTES, Jorge Andres 0.909, surnames swapped.
    [InlineData("Jorge CIFUENTES VILLA", "ofac-sdn:12300", "rival:3")]
    public void A_name_holding_the_query_in_order_outranks_one_missing_or_reordering_its_words(string query, string listedId, string rivalId)
    {
        var matches = WithRivals.Value.Search(new NameQuery(query, IncludeBelowThreshold: true));

        Assert.Equal(listedId, matches[0].Entity.Id);
        Assert.Contains(matches, m => m.Entity.Id == rivalId);
        Assert.Contains(matches[0].Explanation.Adjustments, a => a.Reason.StartsWith("every query word found in order", StringComparison.Ordinal));
    }

    [Theory]
    // A typo besides the left-out word is two changes: VINA is one typo of SDN 25272 VIANA, and only a typo of WIN in
    // "WIN, Mohammad" (0.869; 0.890 with the lower cost, over VIANA's 0.880).
    [InlineData("VINA", "ofac-sdn:25272", "rival:4")]
    public void A_query_word_found_only_as_a_typo_gets_no_lower_cost(string query, string expectedId, string rivalId)
    {
        var matches = WithRivals.Value.Search(new NameQuery(query, IncludeBelowThreshold: true));

        Assert.Equal(expectedId, matches[0].Entity.Id);
        var rival = matches.Single(m => m.Entity.Id == rivalId);
        Assert.DoesNotContain(rival.Explanation.Adjustments, a => a.Reason.StartsWith("every query word found in order", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlisted_name_one_typo_from_a_listed_alias_with_a_word_more_stays_under_match()
    {
        // SDN 16523's alias "SANE, Pedro Punti": "Pedro SAN" is SAN/SANE (a typo) and PUNTI left out, 0.843; with the
        // lower cost it was a match (0.877).
        var match = Sdn2021Index.Index.Search(new NameQuery("Pedro SAN", IncludeBelowThreshold: true)).Single(m => m.Entity.Id == "ofac-sdn:16523");

        Assert.True(match.Score < NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }

    [Theory]
    // MARKELOV, Viktor Aleksandrovich (SDN 16398): ALEKSANDROVIH / ALEKSANDROVICH, one letter lost.
    [InlineData("Viktor Aleksandrovih", "ofac-sdn:16398")]
    // NAZAROV, Sergey Makarovich (SDN 22545): NAZAROVA / NAZAROV, one letter more, similarity 0.975.
    [InlineData("Sergey NAZAROVA", "ofac-sdn:22545")]
    public void A_typo_in_a_long_word_gets_no_lower_cost_however_similar(string query, string listedId)
    {
        // The check was a similarity (at least a romanization variant's 0.96), and one typo in a long word scores above it.
        var match = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true)).Single(m => m.Entity.Id == listedId);

        Assert.Contains(match.Explanation.Alignment, a => a.Kind == TokenMatchKind.Fuzzy && a.Similarity >= 0.96);
        Assert.DoesNotContain(match.Explanation.Adjustments, a => a.Reason.StartsWith(InOrderReason, StringComparison.Ordinal));
    }

    [Theory]
    // "NAZAROV, Sergey Makarovich" (SDN 22545) is stored SERGEY MAKAROVICH NAZAROV; records also write the surname first
    // without a comma, which is the listed order with the first word moved last.
    [InlineData("Sergey NAZAROV")] // the listed order: had the lower cost before, a guard
    [InlineData("NAZAROV Sergey")] // surname first: no lower cost before the rotation
    public void The_query_in_either_the_listed_order_or_surname_first_gets_the_lower_cost(string query)
    {
        var match = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true)).First(m => m.Entity.Id == "ofac-sdn:22545");

        Assert.Contains(match.Explanation.Adjustments, a => a.Reason.StartsWith(InOrderReason, StringComparison.Ordinal));
        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }

    [Theory]
    // SDN 27531 ALWAYS SMOOTH LTD, a company: its name is never reordered, so only the query's own order is "in order".
    // With the surname-first rotation applied to companies, any two-word query counted in either order.
    [InlineData("ALWAYS SMOOTH", true)] // the listed order, LTD left out: a guard
    [InlineData("SMOOTH ALWAYS", false)]
    public void A_companys_words_count_in_order_only_in_the_listed_order(string query, bool lowerCost)
    {
        var match = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true)).First(m => m.Entity.Id == "ofac-sdn:27531");

        Assert.Equal(lowerCost, match.Explanation.Adjustments.Any(a => a.Reason.StartsWith(InOrderReason, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_one_word_query_gets_no_lower_cost()
    {
        // Every name holding NAZAROV holds it "in order": the lower cost would rank nothing and only lift a bare surname.
        var matches = Sdn2021Index.Index.Search(new NameQuery("NAZAROV", IncludeBelowThreshold: true));

        Assert.Contains(matches, m => m.Entity.Id == "ofac-sdn:22545");
        Assert.DoesNotContain(matches.SelectMany(m => m.Explanation.Adjustments), a => a.Reason.StartsWith(InOrderReason, StringComparison.Ordinal));
    }

    [Fact]
    public void An_in_order_cost_above_the_normal_one_never_lowers_a_score()
    {
        // Ranking and the threshold filter use the unexplained score, which added a negative difference; the explained
        // score did not, so a name whose explained score met the threshold was filtered out.
        SanctionedEntity[] entities = [TestEntities.Entity("1", EntityType.Entity, "ALWAYS SMOOTH LTD")];
        var plain = NameIndex.Build(entities, NameMatchingOptions.Default with { InOrderUnmatchedListedTokenPenalty = NameMatchingOptions.Default.UnmatchedListedTokenPenalty });
        var dearer = NameIndex.Build(entities, NameMatchingOptions.Default with { InOrderUnmatchedListedTokenPenalty = 0.8 });
        var plainScore = plain.Search(new NameQuery("ALWAYS LTD", IncludeBelowThreshold: true)).Single().Score;

        var matches = dearer.Search(new NameQuery("ALWAYS LTD", Threshold: plainScore));

        Assert.Equal(plainScore, Assert.Single(matches).Score);
    }

    private static SanctionedEntity Rival(string id, EntityType type, string name) =>
        TestEntities.Entity(id, type, name) with { Id = $"rival:{id}", Source = "rival" };
}
