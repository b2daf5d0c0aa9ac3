using Screening.Domain.Names;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Tests.Names.Romanization;

public sealed class HangulRomanizationTests
{
    [Theory]
    [InlineData('김', "KIM", "GIM")]
    [InlineData('정', "JONG", "JEONG")]
    [InlineData('은', "UN", "EUN")]
    [InlineData('혁', "HYOK", "HYEOK")]
    [InlineData('철', "CHOL", "CHEOL")]
    [InlineData('배', "PAE", "BAE")]
    [InlineData('곽', "KWAK", "GWAK")]
    [InlineData('최', "CHOE", "CHOE")]
    [InlineData('룡', "RYONG", "RYONG")]
    [InlineData('석', "SOK", "SEOK")]
    [InlineData('닭', "TAK", "DAK")] // a double final consonant pronounced as one
    public void Romanizes_a_syllable_in_both_systems(char syllable, string mccuneReischauer, string revised)
    {
        Assert.Equal(mccuneReischauer, HangulRomanization.McCuneReischauer(syllable));
        Assert.Equal(revised, HangulRomanization.Revised(syllable));
    }

    [Fact]
    public void Refuses_what_is_not_a_syllable() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HangulRomanization.McCuneReischauer('K'));

    [Theory]
    [InlineData("YEON", "YON")]
    [InlineData("HYEOK", "HYOK")]
    [InlineData("GEUN", "KUN")]
    [InlineData("JEON", "CHON")] // the table's row wins over the rule's JON
    [InlineData("GI", "KI")] // plain stops: curated rows, not a rule (DO, GIL, BIN are words of other languages)
    [InlineData("BAE", "PAE")]
    public void Revised_spellings_with_eo_or_eu_are_variants_of_the_mccune_reischauer_syllable(string revised, string key) =>
        Assert.Equal(key, RomanizationKey.For(revised));

    [Theory]
    [InlineData("김광연", "ofac-sdn:17618")] // KIM, Kwang Yon
    [InlineData("김석철", "ofac-sdn:17622")] // KIM, Sok Chol
    [InlineData("김혁철", "ofac-sdn:22995")] // KIM, Hyok Chol
    [InlineData("배원욱", "ofac-sdn:22987")] // PAE, Won Uk
    [InlineData("곽청철", "ofac-sdn:22998")] // KWAK, Chong-chol
    [InlineData("김정은", "ofac-sdn:20157")] // KIM, Jong Un
    [InlineData("조연준", "ofac-sdn:20124")] // JO, Yon Jun
    [InlineData("리병철", "ofac-sdn:23215")] // RI, Pyong Chol
    [InlineData("최룡해", "ofac-sdn:23213")] // CHOE, Ryong Hae
    [InlineData("Gim Gwang-yeon", "ofac-sdn:17618")] // Revised Romanization
    [InlineData("Kim Hyeok-cheol", "ofac-sdn:22995")]
    [InlineData("Jo Yeon-jun", "ofac-sdn:20124")]
    [InlineData("Kim Chŏng-ŭn", "ofac-sdn:20157")] // McCune–Reischauer with breves
    [InlineData("Kwak Ch'ŏng-ch'ŏl", "ofac-sdn:22998")] // and aspiration apostrophes
    [InlineData("Rhee Byung-chul", "ofac-sdn:23215")] // popular South Korean spellings
    [InlineData("Bae Won-uk", "ofac-sdn:22987")] // PAE, Won Uk: B for the plain stop ㅂ
    public void Finds_the_dprk_designee_at_rank_one_as_a_match(string query, string expectedId)
    {
        var matches = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true));

        var expected = Assert.Single(matches, m => m.Entity.Id == expectedId);
        Assert.Equal(matches[0].Score, expected.Score); // rank 1, ties with the same person listed twice included
        Assert.True(expected.Score >= NameMatchingOptions.Default.MatchThreshold, expected.Explanation.ToString());
    }
}
