using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Tests.Names.Romanization;

public sealed class KanaRomanizationTests
{
    [Theory]
    [InlineData("キム", "KIMU")]
    [InlineData("ジョン", "JON")] // small yo after JI: no Y after J
    [InlineData("シャープ", "SHAPU")] // long-vowel mark dropped
    [InlineData("キャ", "KYA")]
    [InlineData("ファ", "FA")] // foreign sound with a small vowel
    [InlineData("ティ", "TI")]
    [InlineData("ホッカイドウ", "HOKKAIDOU")] // small tsu doubles the next consonant
    [InlineData("マッチ", "MATCHI")] // before CH it is written T
    [InlineData("きむ", "KIMU")] // hiragana reads the same
    [InlineData("クァンソン", "KWANSON")] // KWANGSONG (MOF sheet14): small ァ after ク is KWA, not KA
    [InlineData("ウォン", "WON")] // RI WON HO (MOF sheet16): small ォ after a bare ウ is WO, not O
    [InlineData("ヌィ", "NI")] // after any other U-row kana the small vowel still replaces U: セーヴェルヌィ (SEVERNIY, MOF sheet29)
    public void Spells_kana_in_hepburn(string kana, string expected) =>
        Assert.Equal(expected, KanaRomanization.Hepburn(kana));

    [Theory]
    [InlineData("キム・ジョンウン", "KIM JONG UN")] // KIM, Jong Un (SDN 20157): final U dropped, read as Korean syllables (KanaKoreanSyllableStep)
    [InlineData("プーチン", "PUCHIN")]
    public void Undoes_what_japanese_writing_adds_to_a_foreign_name(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameNormalizer.Normalize(name, true).Select(t => t.Spelling)));

    [Fact]
    public void Finds_kim_jong_un_from_katakana_as_a_match()
    {
        var match = Sdn2021Index.Index.Search(new NameQuery("キム・ジョンウン"))[0];

        Assert.Equal("ofac-sdn:20157", match.Entity.Id);
        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }
}
