using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// The key of adjacent query tokens written as one word (<see cref="QueryContext.JoinedKeys"/>,
/// <see cref="QueryContext.ThreeJoinedKeys"/>) is no join when it is one of the tokens' own keys: the key rules folded
/// the others away ("AL" + "DIN" is ALDIN, a spelling of DIN), and a listed DIN would take all of them as one word.
/// </summary>
public sealed class QueryJoinedKeyTests
{
    [Theory]
    // Regression guards only: the two-token key already excluded a token's own key before f62250c, so these rows passed
    // before that fix and keep the two-token behaviour from breaking; the three-token rows below test the fix.
    [InlineData("ال دين", 2, null)] // AL + DIN: ALDIN, key DIN, the second token's own key
    [InlineData("عبد ال له", 2, null)] // ABD + AL: ABDAL, key ABD, the first token's own key
    // The f62250c fix: the three-token key was not checked against the tokens' own keys.
    [InlineData("ال د دين", 3, null)] // AL + D + DIN: ALDDIN, key DIN (doubled letter, then ALDIN), the third token's own key
    [InlineData("태평산", 3, "TAEPIONGSAN")] // THAE PYONG SAN: the key of THAEPYONGSAN, unlike the three keys put together
    public void A_joined_key_equal_to_a_token_key_is_no_join(string query, int tokensJoined, string? expected)
    {
        var tokens = NameNormalizer.Normalize(query, isIndividual: true);
        var context = Sdn2021Index.Index.ContextFor(tokens);

        var joined = tokensJoined == 2 ? context.JoinedKeys[0] : context.ThreeJoinedKeys[0];

        Assert.Equal(expected, joined);
    }

    [Fact]
    public void A_stray_letter_is_not_joined_away_into_a_listed_word()
    {
        // The SDN set lists DIN in many names ("... AL-DIN"); "ال د دين" joined all three into DIN at 0.97, so the stray D
        // cost nothing.
        var matches = Sdn2021Index.Index.Search(new NameQuery("ال د دين", IncludeBelowThreshold: true));

        Assert.DoesNotContain(matches.SelectMany(m => m.Explanation.Alignment), a => a.Kind == TokenMatchKind.Joined);
    }
}
