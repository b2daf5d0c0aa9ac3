using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>Katakana words against the Latin tokens the lists print; names from SDN and Japan's MOF list (tests/data).</summary>
public sealed class KanaPhoneticComparisonTests
{
    private static readonly NameMatchingOptions Options = new();

    private static double Similarity(string katakana, string latin) =>
        KanaPhoneticComparison.Similarity(Assert.Single(NameNormalizer.Normalize(katakana, true)).Spelling, latin, KatakanaPhoneticKey.ConsonantsOfLatin(latin), Options);

    [Theory]
    [InlineData("アリ", "ALI")] // MOF sheet20, ALI AKBAR AHMADIAN: key R alone, vowels A I on both sides
    [InlineData("ホン", "HONG")] // MOF sheet15, ホン・コン・エレクトロニクス for HONG KONG ELECTRONICS: a closing NG is ン
    [InlineData("マイチョウ", "MAYCHOU")] // MOF sheet3, アリ・マイチョウ for ALI MAYCHOU: Y before a consonant is the vowel I
    [InlineData("ワリド", "WALID")] // MOF sheet3, マフフォウズ・オウルド・アル・ワリド for MAHFOUZ OULD AL-WALID: the O Japanese adds after D
    public void A_short_key_counts_when_the_vowels_agree(string katakana, string latin) =>
        Assert.Equal(Options.KanaPhoneticSimilarity, Similarity(katakana, latin));

    [Theory]
    [InlineData("アリ", "ORA")] // same consonant, other vowels
    [InlineData("アリ", "ALIA")] // a vowel more
    [InlineData("ホ", "HA")]
    public void A_short_key_with_other_vowels_is_another_name(string katakana, string latin) =>
        Assert.Equal(0, Similarity(katakana, latin));

    [Fact]
    public void A_short_key_in_another_order_is_another_name()
    {
        // ホ・ヨンイル (Ho Yong Il, MOF sheet16) is not RI WON HO: イル is IL, a vowel first, RI a consonant first.
        var il = Assert.Single(NameNormalizer.Normalize("ホ・ヨンイル", true), t => t.Spelling == "IL");

        Assert.Equal(0, KanaPhoneticComparison.Similarity(il.Spelling, "RI", KatakanaPhoneticKey.ConsonantsOfLatin("RI"), Options));
    }

    [Theory]
    [InlineData("クリス", "CHRIS")] // TANG, Chris (SDN): CHR is K, as Japanese writes Chris (クリス) by sound
    [InlineData("アルイティハード", "ITIHAAD")] // AL-ITIHAAD AL-ISLAMIYA (SDN), アルイティハード・アルイスラミヤ (MOF): the article written against the word
    [InlineData("アルバラシ", "BARASSI")] // MOF sheet24, サフィーヤ・ファルカーシュ・アルバラシ for SAFIA FARKASH AL-BARASSI
    public void A_katakana_word_sounds_like_its_listed_token(string katakana, string latin) =>
        Assert.Equal(Options.KanaPhoneticSimilarity, Similarity(katakana, latin));

    [Fact]
    public void A_word_that_starts_with_ar_still_compares_whole()
    {
        // アルカディ (MOF: アルカディ・ローテンベルグ) is ARKADY, whose key keeps the R.
        Assert.True(Similarity("アルカディ", "ARKADY") >= Options.KanaConsonantKeySimilarity);
    }

    [Theory]
    [InlineData("ワエル・アブドゥルカリム", "ABDULKARIM, Wael")] // SDN
    [InlineData("アリ・マイチョウ", "MAYCHOU, Ali")] // SDN; MOF sheet3 writes it so
    [InlineData("クリス・タン", "TANG, Chris")] // SDN
    [InlineData("アルイティハード・アルイスラミヤ", "AL-ITIHAAD AL-ISLAMIYA")] // SDN; MOF writes it so
    public void A_katakana_name_finds_its_listing_first(string katakana, string listed)
    {
        var index = NameIndex.Build(
        [
            TestEntities.Entity("listed", EntityType.Individual, listed),
            TestEntities.Entity("other1", EntityType.Individual, "ARI, Mohammad"),
            TestEntities.Entity("other2", EntityType.Individual, "TANG, Carlos"),
            TestEntities.Entity("other3", EntityType.Individual, "WAED, Ali"),
            TestEntities.Entity("other4", EntityType.Individual, "AL-ISLAMIYA, Karim"),
        ]);

        var results = index.Search(new NameQuery(katakana, Limit: 5, IncludeBelowThreshold: true));

        Assert.Equal("ofac-sdn:listed", results[0].Entity.Id);
    }
}
