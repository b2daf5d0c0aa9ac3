using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Tests.Names.Romanization;

public sealed class KatakanaPhoneticKeyTests
{
    /// <summary>Katakana and English names of the same person on the Japanese MOF list of 2026-03-02 (tests/data/jp).</summary>
    [Theory]
    [InlineData("ウラジーミル", "VLADIMIR")] // initial V written ウ, DI written ジ
    [InlineData("プーチン", "PUTIN")] // TI written チ, long-vowel mark dropped
    [InlineData("セルゲイ", "SERGEY")] // R/L and final vowels
    [InlineData("ミハイロヴィチ", "MIKHAYLOVICH")] // KH written ハ, L as ロ, V as ヴ, CH as チ
    [InlineData("コズロフ", "KOZLOV")] // final V written フ
    [InlineData("アレクサンドロヴィッチ", "ALEKSANDROVICH")] // small ッ before チ folds into it
    [InlineData("チャソヴニコフ", "CHASOVNIKOV")]
    [InlineData("コンスタンチノフ", "KONSTANTINOV")]
    [InlineData("コズロフスキー", "KOZLOVSKII")] // V before a voiceless consonant written フ (MOF sheet30)
    [InlineData("ペフツォフ", "PEVTSOV")] // and before TS (MOF sheet30)
    [InlineData("タンボフツェフ", "TAMBOVTSEV")] // ン before B is M (MOF sheet27)
    [InlineData("ショゴレフ", "SHCHEGOLEV")] // SHCH is one シ (MOF sheet30)
    [InlineData("イリイヌィフ", "ILJINYKH")] // the J of a romanized soft sign is no consonant (MOF sheet30)
    [InlineData("ヴォリフソン", "VOLJFSON")]
    [InlineData("ヴラソフ", "VLASOV")] // an initial ヴ before a consonant is skipped as ウ is (MOF sheet30)
    [InlineData("クァンソン", "KWANGSONG")] // NG closing a Korean syllable is ン (MOF sheet14)
    [InlineData("アングストレム", "ANGSTREM")] // and ング in an English or Russian name (MOF sheet29)
    [InlineData("シャオホン", "XIAOHONG")] // pinyin X is シ (MOF sheet18, Ma Xiaohong)
    [InlineData("チュワンシュー", "CHUANXU")] // after N as well (MOF sheet18, Luo Chuanxu)
    [InlineData("マクシム", "MAXIM")] // after a vowel X stays KS (MOF sheet27, Maksim / Maxim)
    public void A_katakana_name_and_its_english_listing_share_a_key(string katakana, string english)
    {
        var kanaToken = Assert.Single(NameNormalizer.Normalize(katakana, true));

        Assert.NotEqual(string.Empty, kanaToken.KanaPhoneticKey);
        Assert.Equal(KatakanaPhoneticKey.ForLatin(english), kanaToken.KanaPhoneticKey);
    }

    [Theory]
    [InlineData("シー", "XI")] // Xi Jinping, シー・ジンピン in Japanese media
    [InlineData("シア", "XIA")] // Xia Baolong, シア・バオロン
    [InlineData("チン", "QIN")] // Qin Gang, チン・ガン
    [InlineData("ジャン", "ZHANG")] // ZH is ジ (MOF sheet18: ヂョウ・ジャンシュー for Zhou Jianshu)
    public void Pinyin_consonants_key_as_japanese_writes_them(string katakana, string pinyin) =>
        Assert.Equal(KatakanaPhoneticKey.ConsonantsOfLatin(pinyin), KatakanaPhoneticKey.ConsonantsOfKana(KanaRomanization.Hepburn(katakana)));

    [Theory]
    [InlineData("プーチン", "PUTINA")] // the key keeps no vowel...
    [InlineData("イヴァナエフ", "IVANOV")]
    public void Vowels_never_tell_keys_apart(string katakana, string english) =>
        Assert.Equal(KatakanaPhoneticKey.ForLatin(english), Assert.Single(NameNormalizer.Normalize(katakana, true)).KanaPhoneticKey);

    [Theory]
    [InlineData("プーチン", "PUSHKIN")] // ...but every consonant does
    [InlineData("コズロフ", "KOZLOVSKY")]
    [InlineData("ウラジーミル", "VLADISLAV")]
    public void A_different_consonant_gives_a_different_key(string katakana, string english) =>
        Assert.NotEqual(KatakanaPhoneticKey.ForLatin(english), Assert.Single(NameNormalizer.Normalize(katakana, true)).KanaPhoneticKey);

    [Theory]
    [InlineData("ウラジーミル", "VLADIMIR", true)] // the U of the initial V skipped
    [InlineData("プーチン", "PUTIN", true)]
    [InlineData("アンドレイ", "ANDREY", true)] // the O Japanese adds after D skipped; final Y is I
    [InlineData("ミハイロヴィチ", "MIKHAYLOVICH", true)] // the I after CH skipped
    [InlineData("イヴァナエフ", "IVANOV", false)] // Andrey Ivanaev and Andrey Ivanov are two MOF entries
    [InlineData("ソレイマニ", "SOLEYMANI", true)] // イ after a vowel writes the glide Y (MOF sheet20)
    [InlineData("ファフリザーデ", "FAKHRIZADEH", true)] // MOF sheet20, Mohsen Fakhrizadeh
    [InlineData("ファフリザーデ", "FAKHRZADEH", false)] // SDN 27032, another man: the I after R is a vowel of the name, not one Japanese adds
    public void Vowels_tell_apart_names_whose_consonants_agree(string katakana, string english, bool agree) =>
        Assert.Equal(agree, KatakanaPhoneticKey.VowelsAgree(Assert.Single(NameNormalizer.Normalize(katakana, true)).Spelling, english));

    [Theory]
    [InlineData("KIM")] // two consonants say too little
    [InlineData("JOSÉ")] // not A-Z after folding is no Latin token
    public void Short_or_foreign_tokens_have_no_key(string token) =>
        Assert.Equal(string.Empty, KatakanaPhoneticKey.ForLatin(token));

    [Fact]
    public void Only_kana_tokens_carry_a_key() =>
        Assert.All(NameNormalizer.Normalize("Vladimir PUTIN", true), token => Assert.Null(token.KanaPhoneticKey));
}
