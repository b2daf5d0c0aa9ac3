using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// Issue 13's precision cases: junk that once reached review against a weak alias, names that differ in one
/// distinctive word (another party, never a match), and abbreviated given names that still match.
/// </summary>
public sealed class PrecisionTests
{
    private static readonly NameIndex NearMisses = NameIndex.Build(
    [
        TestEntities.Entity("90001", EntityType.Entity, "NORTHWIND STEEL WIRES LTD"),
        TestEntities.Entity("90002", EntityType.Vessel, "HOSHINO MARU NO. 3"),
        TestEntities.Entity("90003", EntityType.Entity, "BALDÉ ET FILS"),
        TestEntities.Entity("90004", EntityType.Individual, "FRIEDRICH, Hans Joachim"),
    ]);

    [Theory]
    [InlineData("AAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Junk_does_not_reach_review_against_the_weak_alias_AHMED_A(string junk)
    {
        // SDN 6925 has the weak a.k.a. "AHMED, A."; the repeated letters once folded to its initial "A" (0.787).
        var matches = Sdn2021Index.Index.Search(new NameQuery(junk, IncludeBelowThreshold: true));

        Assert.All(matches, m => Assert.True(m.Score < NameMatchingOptions.Default.ReviewThreshold, m.Explanation.ToString()));
    }

    [Fact]
    public void Five_hundred_repeated_letters_are_no_match_either() =>
        Assert.All(
            Sdn2021Index.Index.Search(new NameQuery(new string('A', 500), IncludeBelowThreshold: true)),
            m => Assert.True(m.Score < NameMatchingOptions.Default.ReviewThreshold));

    /// <summary>
    /// Two given names of the Arabic name dictionary more than one error apart are two names: "Muhannad BORODAI" was a
    /// match (0.898) for "BORODAI, Abdul Mohamed" in the evaluation, MUHANNAD scored 0.871 against MOHAMED. A spelling
    /// variant of the same name (MUHAMMAD) and a one-letter typo still match.
    /// </summary>
    [Theory]
    [InlineData("Muhannad BORODAI", false)]
    [InlineData("Mahmoud BORODAI", false)]
    [InlineData("Muhammad BORODAI", true)]
    [InlineData("Mohamad BORODAI", true)]
    public void Another_arabic_given_name_is_not_a_spelling_of_the_listed_one(string query, bool match)
    {
        var index = NameIndex.Build([TestEntities.Entity("90005", EntityType.Individual, "BORODAI, Mohamed")]);

        var score = index.Search(new NameQuery(query, IncludeBelowThreshold: true)) is [var top, ..] ? top.Score : 0;

        Assert.Equal(match, score >= NameMatchingOptions.Default.MatchThreshold);
    }

    [Theory]
    [InlineData("Northwind Steel Tubes Ltd")] // one distinctive word replaced
    [InlineData("Hoshino Maru No. 8")] // another vessel of the same owner
    [InlineData("Diallo et Fils")] // the family firm of another family
    public void A_replaced_distinctive_word_is_never_a_match(string query)
    {
        var matches = NearMisses.Search(new NameQuery(query, IncludeBelowThreshold: true));

        Assert.All(matches, m => Assert.True(m.Score < NameMatchingOptions.Default.MatchThreshold, m.Explanation.ToString()));
    }

    [Fact]
    public void A_replaced_word_in_a_long_real_name_is_capped_and_says_why()
    {
        // SDN 11525: thirteen words in common would make a match of a company that has a different fourteenth.
        var match = Sdn2021Index.Index.Search(new NameQuery(
            "CORPORACION DE CONSULTORIA ASESORIA PRESTACION DE SERVICIOS Y DOTACION DE ELEMENTOS Y TRANSPORTES CIA LIMITADA",
            IncludeBelowThreshold: true))[0];

        Assert.Equal("ofac-sdn:11525", match.Entity.Id);
        Assert.Equal(NameMatchingOptions.Default.ReplacedWordScoreCap, match.Score, 6);
        Assert.Contains(match.Explanation.Adjustments, a => a.Reason.Contains("TRANSPORTES / SUMINISTROS", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_vessel_number_on_the_real_list_is_no_match()
    {
        // SDN 17088 HYOK SIN 2, a DPRK vessel: HYOK SIN 3 is another ship.
        var match = Sdn2021Index.Index.Search(new NameQuery("HYOK SIN 3", IncludeBelowThreshold: true)).Single(m => m.Entity.Id == "ofac-sdn:17088");

        Assert.True(match.Score < NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }

    [Theory]
    [InlineData("Hans J Friedrich", "ofac-sdn:90004")] // an abbreviated given name
    [InlineData("Hans Friedrich", "ofac-sdn:90004")] // a dropped one
    public void An_abbreviated_or_dropped_given_name_still_matches(string query, string expectedId)
    {
        var match = NearMisses.Search(new NameQuery(query))[0];

        Assert.Equal(expectedId, match.Entity.Id);
        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }

    [Theory]
    [InlineData("Hachim Khalil ATIA", "ATIA, Hachim K.")] // SDN 8348-8350: the list has the initial, the query the name
    [InlineData("Oluwole Adebayo OGUNGBUYI", "OGUNGBUYI, Oluwole A.")] // SDN 6712
    public void A_listed_initial_matches_the_full_given_name(string query, string listedName)
    {
        var match = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true))[0];

        Assert.Equal(listedName, match.MatchedName.Value);
        Assert.Contains(match.Explanation.Alignment, a => a.Kind == TokenMatchKind.Initial);
    }
}
