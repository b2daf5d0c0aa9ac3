using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Romanization;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// Kana words whose consonant key is too short to propose names alone (シア XIA, イル IL, ジュバ DZYUBA, オルロフ ORLOV):
/// they find the listed tokens with the same consonants and vowels, and add to the names the query's other words found.
/// </summary>
public sealed class ShortKanaKeyTests
{
    private static readonly Lazy<NameIndex> MofIndex = new(() => NameIndex.Build(
        MofJapan2026.Names.Select((p, i) => Entity($"jp-mof:{i}", p.English))));

    /// <summary>Katakana and English names of the same people on the Japanese MOF list of 2026-03-02 (tests/data/jp), each queried against every English name of that list.</summary>
    [Theory]
    [InlineData("キム・グワンイル", "KIM KWANG-IL")] // イル (R) adds IL to the KIM names
    [InlineData("ヴィクトル・ジュバ", "Viktor (Victor) Dzyuba")] // ジュバ (DB) adds DZYUBA to the VIKTOR names
    [InlineData("エヴゲーニ・オルロフ", "Yevgeniy(Yevhen/Evgeny) ORLOV")] // オルロフ (RH) adds ORLOV to the YEVGENIY names
    [InlineData("アリ・モハメド・ラージ", "Ali Mohamed Rage")] // アリ (R) adds ALI to the MOHAMED names
    public void A_short_keyed_kana_word_lifts_its_listing_into_the_top_ten(string katakana, string english)
    {
        var results = MofIndex.Value.Search(new NameQuery(katakana, Limit: 10, IncludeBelowThreshold: true));

        Assert.Contains(results, r => r.MatchedName.Value == english);
    }

    [Fact]
    public void A_one_consonant_kana_surname_finds_its_pinyin_listing_among_names_sharing_the_given_name()
    {
        // シア・バオロン / バオロン・シア is how Japanese writes Xia Baolong (SDN: XIA, Baolong). シア's key is one consonant
        // (S), so it proposes nothing; among thirty other BAOLONGs only the vote of XIA lifts his name into the pool.
        var index = NameIndex.Build(
        [
            .. ChineseSurnames.Select((s, i) => Entity($"baolong{i}", $"{s}, Baolong")),
            Entity("xia", "XIA, Baolong"), // last: no tie among equal candidates goes its way
        ]);

        var results = index.Search(new NameQuery("バオロン・シア", Limit: 10, IncludeBelowThreshold: true));

        Assert.Equal("xia", results[0].Entity.Id);
    }

    [Fact]
    public void A_short_keyed_kana_word_alone_proposes_no_name()
    {
        // The short-key lookup only adds to names other words found: シア by itself does not fill the pool with every SHA and XIA.
        var index = NameIndex.Build([Entity("xia", "XIA, Baolong"), Entity("sha", "SHA, Zukang")]);

        var results = index.Search(new NameQuery("シア", Limit: 10, IncludeBelowThreshold: true));

        Assert.DoesNotContain(results, r => r.Entity.Id == "xia");
    }

    [Theory]
    [InlineData("SHIA", "S", new[] { "S:IA", "S:A" })] // シア: the I after SH may be one Japanese adds
    [InlineData("IR", "R", new[] { "R:I" })] // イル: an initial I is the name's
    [InlineData("JUBA", "DB", new[] { "DB:UA", "DB:A" })] // ジュバ: U after a consonant may be added
    [InlineData("SUSU", "S", new[] { "S:UU", "S:U", "S:" })] // スス: dropping either U gives one form, looked up once
    public void Kana_short_lookups_keep_or_drop_each_vowel_japanese_may_add(string hepburn, string consonants, string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), KatakanaPhoneticKey.ShortLookupsOfKana(hepburn, consonants).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("XIA", "S:IA")]
    [InlineData("IL", "R:I")]
    [InlineData("DZYUBA", "DB:UA")]
    [InlineData("VLADIMIR", null)] // a key long enough to propose names by itself
    public void Latin_short_lookup_is_its_consonants_and_vowels(string spelling, string? expected) =>
        Assert.Equal(expected, KatakanaPhoneticKey.ShortLookupOfLatin(spelling, KatakanaPhoneticKey.ConsonantsOfLatin(spelling)));

    private static readonly string[] ChineseSurnames =
    [
        "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU",
        "GUO", "HE", "GAO", "LIN", "LUO", "ZHENG", "LIANG", "XIE", "SONG", "TANG", "HAN", "FENG", "DENG", "CAO", "PENG",
    ];

    private static SanctionedEntity Entity(string id, string english)
    {
        var name = new EntityName(english, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = id, Source = "test", Type = EntityType.Individual, PrimaryName = name, Names = [name] };
    }
}
