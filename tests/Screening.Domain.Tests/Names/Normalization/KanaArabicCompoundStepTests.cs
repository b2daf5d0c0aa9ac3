using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

/// <summary>Abd compounds written in katakana; names of Japan's MOF list of 2026-03-02 (tests/data/jp) and the SDN list.</summary>
public sealed class KanaArabicCompoundStepTests
{
    private static string Spelled(string name) => string.Join(' ', NameNormalizer.Normalize(name, isIndividual: true).Select(t => t.Spelling));

    [Theory]
    [InlineData("アブドルハーリク", "ABD HARIK")] // アブドルハーリク・アル・ホーシー (MOF), ABD AL-KHALIQ
    [InlineData("アブドゥルカリム", "ABD KARIM")] // ABDULKARIM, Wael (SDN), which the Latin step splits into ABD KARIM
    [InlineData("アブドアルタワブ", "ABD TAWAB")] // HUWAYSH, Abd-al-Tawab Mullah (SDN)
    [InlineData("アブドゥッサラム", "ABD SARAM")] // アブドゥッサラム・ハニフィー (MOF): the article assimilated, written ッ
    [InlineData("アブデルカデル", "ABD KADER")] // Abdelkader: ABDEL, the article as EL
    public void An_abd_compound_splits_into_abd_and_the_name(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("アブド・アルハリク", "ABD ARUHARIK")] // AL-HUTHI, Abd al-Khaliq (SDN): the head written apart is ABD as well
    [InlineData("アブド・アル・ラフマン", "ABD AR RAFUMAN")] // アブド・アル・ラフマン・ビン・アミール・アル・ナイミー (MOF)
    public void The_head_alone_is_abd(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));

    [Theory]
    [InlineData("アブドラ", "ABUDORA")] // アブドラ・ウルド・アフメド (MOF): ABDULLAH is a name of its own
    [InlineData("アブドッラー", "ABUDORRA")] // アブドッラー・ヤヒヤー・アル・ハキーム (MOF)
    [InlineData("アブドゥライエ", "ABUDURAIE")] // アブドゥライエ・ヒセーヌ (MOF): ABDOULAYE
    public void Abdullah_and_abdoulaye_stay_whole(string katakana, string expected) =>
        Assert.Equal(expected, Spelled(katakana));
}
