using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// A lost space: the candidate stage (<see cref="LostSpaceLookup"/>) and the scorer (<see cref="NameScorer"/>) must
/// accept the same joins, or a name is proposed for a join its score then counts as an unmatched word; and the work
/// on one unknown token is bounded by the longest listed token, not by the square of the token's length.
/// </summary>
public sealed class LostSpaceTests
{
    private static readonly NameIndex AliAhmed = NameIndex.Build([TestEntities.Entity("6916", EntityType.Individual, "ALI, Ahmed Mohammed Hamed")]);

    [Fact]
    public void A_join_whose_half_is_a_romanization_variant_is_scored_as_the_join_the_lookup_proposed()
    {
        // "MOHAMED" is MOHAMMED by key (MUHAMMAD), "HAMED" is HAMED by spelling; the key of the whole word
        // MOHAMEDHAMED is not the two keys put together, which is all the scorer used to compare.
        var match = Assert.Single(AliAhmed.Search(new NameQuery("Ahmed MOHAMEDHamed ALI", IncludeBelowThreshold: true)));

        Assert.Contains(match.Explanation.Alignment, a => a.Kind == TokenMatchKind.Joined && a.QueryToken == "MOHAMEDHAMED");
        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }

    [Fact]
    public void Halves_longer_than_every_listed_token_are_not_tried()
    {
        Assert.Empty(LostSpaceSplits.Of(new string('A', 500), longestListedToken: 20));
        var splits = LostSpaceSplits.Of("AHMEDQASSIM", longestListedToken: 6);

        Assert.Contains(splits, s => s.LeftText == "AHMED" && s.RightText == "QASSIM");
        Assert.All(splits, s => Assert.True(s.LeftText.Length <= 6 && s.RightText.Length <= 6));
    }

    [Fact]
    public void The_search_cuts_an_unknown_token_only_where_both_halves_fit_the_longest_listed_token()
    {
        // The listed tokens are ALI, AHMED, MOHAMMED and HAMED: no half longer than MOHAMMED's 8 letters is a listed token.
        var twelve = AliAhmed.ContextFor(NameNormalizer.Normalize("AHMEDQASSIMX", isIndividual: true));
        var fiveHundred = AliAhmed.ContextFor(NameNormalizer.Normalize(new string('Q', 500), isIndividual: true));

        // Cuts after letters 4..8 of 12 (both halves at most 8), not 2..10; none of 500 letters, not 497.
        Assert.Equal([4, 5, 6, 7, 8], twelve.SplitsOf(0).Select(s => s.LeftText.Length));
        Assert.Empty(fiveHundred.SplitsOf(0));
    }
}
