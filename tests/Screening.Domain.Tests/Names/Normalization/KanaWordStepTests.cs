using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

/// <summary>Katakana words of company names and acronyms; every example is a name of Japan's MOF list of 2026-03-02 (tests/data/jp).</summary>
public sealed class KanaWordStepTests
{
    private static string Spelled(string name) => string.Join(' ', NameNormalizer.Normalize(name, isIndividual: false).Select(t => t.Spelling));

    [Theory]
    [InlineData("コリア・クァンソン・トレーディング・コーポレーション", "KOREA KWANSON TRADING CORPORATION")] // KOREA KWANGSONG TRADING CORPORATION (sheet14)
    [InlineData("オーシャン・マリタイム・マネジメント・カンパニー・リミテッド", "OCEAN MARITIME MANAGEMENT COMPANY LIMITED")] // sheet15
    [InlineData("ジェネラル・ビューロー・オブ・アトミック・エナジー", "GENERAL BUREAU OF ATOMIKK ENERGY")] // GENERAL BUREAU OF ATOMIC ENERGY (sheet15): ATOMIC is no generic word
    [InlineData("パルス・アヴィエーション・サービシーズ・カンパニー", "PARUS AVIATION SERVICES COMPANY")] // PARS AVIATION SERVICES COMPANY (sheet21)
    public void Generic_loanwords_become_the_english_words_the_lists_print(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("ロスバンク", "ROSUBANK")] // Rosbank (sheet31): one listed word, so a whole word only is looked up
    [InlineData("マリン", "MARIN")] // can be the name Marin: not in the table
    public void A_word_that_only_contains_a_loanword_stays_a_name(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("エーディーエフ", "ADF")] // ADF (sheet11)
    [InlineData("ファースト・イースト・エクスポート・バンク・ピー・エル・シー", "FIRST ISUTO EXPORT BANK P ER C")] // FIRST EAST EXPORT BANK, P.L.C. (sheet21): エル alone is also the article El, so it stays kana
    [InlineData("キューブ・ベンチャーズ・シッピング・エスエー", "KYUB VENTURES SHIPPING SA")] // Cube Ventures Shipping SA (sheet35)
    public void Letter_names_become_the_letters_of_the_acronym(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("アイ", "AI")] // the name Ai
    [InlineData("イー", "I")] // the surname Yi
    [InlineData("ケイシー", "KC")] // two letter names always read as letters: Casey is lost, a cost kept small by requiring two
    public void One_letter_name_that_is_also_a_name_stays_kana(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("オフィス39", "OFFICE 39")] // OFFICE 39 (sheet15): digits kept as their own token
    [InlineData("ランバー・マリンSA", "RANBA MARIN SA")] // LUMBER MARINE SA (sheet35): Latin letters against kana are a word of their own
    [InlineData("インテレクトLLC", "INTEREKUTO LLC")] // Intellekt LLC (sheet17)
    public void Latin_letters_and_digits_written_against_kana_are_tokens_of_their_own(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("コリア・クァンソン・トレーディング・コーポレーション", "KOREA KWANGSONG TRADING CORPORATION")]
    [InlineData("オーシャン・マリタイム・マネジメント・カンパニー・リミテッド", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED")]
    [InlineData("ジェネラル・ビューロー・オブ・アトミック・エナジー", "GENERAL BUREAU OF ATOMIC ENERGY (GBAE)")]
    [InlineData("オフィス39", "OFFICE 39")]
    [InlineData("エーディーエフ", "ADF")]
    public void A_katakana_company_name_finds_its_english_listing_first(string katakana, string english)
    {
        var listed = Entity("mof:listed", english);
        var index = NameIndex.Build([listed, Entity("mof:other1", "KOREA HEUNGJIN TRADING COMPANY"), Entity("mof:other2", "OFFICE 38"), Entity("mof:other3", "ADS")]);

        var top = index.Search(new NameQuery(katakana, Type: EntityType.Entity))[0];

        Assert.Equal("mof:listed", top.Entity.Id);
    }

    [Theory]
    [InlineData("キム・ヨンチョル", "KIM YONG CHOL")] // KIM YONG CHOL (sheet16): ル is the final L, ン before a syllable only ever NG is NG
    [InlineData("キム・ソクチョル", "KIM SOK CHOL")] // KIM SOK CHOL (sheet16): ク is the final K
    [InlineData("リ・ホンソプ", "RI HON SOP")] // Ri Hong-sop (sheet16): プ is the final P; HON is written both ways, so N stays
    [InlineData("ファン・ソクハ", "HWAN SOK HA")] // Hwang Sok-hwa (sheet16): Korean has no F
    [InlineData("ムン・ギョンファン", "MUN KYONG HWAN")] // MUN KYONG HWAN (sheet16): G before a glide is K
    [InlineData("キム・スギル", "KIM SU GIL")] // Kim Su Gil (sheet18): before a plain vowel G stays
    [InlineData("リ・ヨンム", "RI YONG MU")] // RI YONG MU (sheet16): ム after a syllable closed by ン starts a syllable
    [InlineData("ユン・ホジン", "YUN HO JIN")] // YUN Ho-Jin (MOF 15-1, UN KPi.001)
    [InlineData("キム・ジョンウン", "KIM JONG UN")] // KIM, Jong Un (SDN 20157): JON is no syllable of the lists, JONG is
    public void A_korean_given_name_in_katakana_is_read_syllable_by_syllable(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("ヤン・ペトロフスキー", "YAN PETOROFUSUKI")] // Yan Petrovskiy (sheet30): ー and five syllables are no Korean given name
    [InlineData("セルゲイ・ミハイロヴィチ", "SERUGEI MIHAIROVICHI")] // no Korean surname first
    public void A_western_name_stays_hepburn(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    private static SanctionedEntity Entity(string id, string name)
    {
        var primary = new EntityName(name, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = id, Source = "jp-mof", Type = EntityType.Entity, PrimaryName = primary, Names = [primary] };
    }
}
