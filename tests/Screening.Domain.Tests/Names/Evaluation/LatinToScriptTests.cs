using Screening.Evaluation.Names;

namespace Screening.Domain.Tests.Names.Evaluation;

public sealed class LatinToScriptTests
{
    [Theory]
    [InlineData("Vladimir PUTIN", QueryAlteration.GreekSpelling, "ΒΛΑΝΤΙΜΙΡ ΠΟΥΤΙΝ")]
    [InlineData("Vladimir PUTIN", QueryAlteration.ArmenianSpelling, "ՎԼԱԴԻՄԻՐ ՊՈՒՏԻՆ")]
    [InlineData("Vladimir PUTIN", QueryAlteration.GeorgianSpelling, "ვლადიმირ პუტინ")]
    [InlineData("Vladimir PUTIN", QueryAlteration.HebrewSpelling, "בלדימיר פוטין")]
    [InlineData("Vladimir PUTIN", QueryAlteration.DevanagariSpelling, "व्लदिमिर पुतिन")] // no virama at the end of a word
    [InlineData("Gholamreza ZIAEI", QueryAlteration.DevanagariSpelling, "घोलम्रेज़ा ज़िअएइ")] // a final A is ा
    [InlineData("Ayman AL-ZAWAHIRI", QueryAlteration.HebrewSpelling, "אימן אל זוהירי")]
    [InlineData("Boubekeur BOULGHITI", QueryAlteration.HebrewSpelling, "בובקור בולגהיטי")] // one ו for OU: וו is the consonant V
    public void Writes_a_latin_name_by_the_script_rule_table(string latin, QueryAlteration script, string expected) =>
        Assert.Equal(expected, LatinToScript.Write(latin, script));

    [Theory]
    [InlineData("Vladimir PUTIN", "ウラジミル・プチン")]
    [InlineData("KIM Jong-Un", "キム・ジョンウン")]
    [InlineData("Ahmed HASSAN", "アフメド・ハッサン")]
    [InlineData("MUHAMMAD", "ムハンマド")]
    [InlineData("ABDULLAH", "アブドゥラ")]
    [InlineData("Sergei IVANOV", "セルゲイ・イバノフ")]
    [InlineData("Kareem SHAH", "カレーム・シャ")]
    [InlineData("MUN Kyong-Hwan", "ムン・キョンファン")]
    [InlineData("KIM Hyok-Chol", "キム・ヒョクチョル")]
    [InlineData("Chris TANG", "クリス・タン")]
    [InlineData("Ibrahim Sa'd Zayn-al-'Abidin", "イブラヒム・サド・ザインアルアビジン")]
    [InlineData("Oleg SLIZHEVSKY", "オレグ・スリジェフスキ")] // V before a voiceless consonant is フ, as MOF writes コズロフスキー
    [InlineData("Denis PEVTSOV", "デニス・ペフツォフ")] // PEVTSOV as MOF writes it
    [InlineData("Baolong XIA", "バオロン・シア")] // pinyin X is シ (was クシア)
    [InlineData("Ma XIAOHONG", "マ・シアオホン")] // MOF writes シャオホン: the table writes no glide, the sounds are the same
    [InlineData("Luo CHUANXU", "ルオ・チュアンシュ")] // after N too (MOF: チュワンシュー)
    [InlineData("Wei QIN", "ウェイ・チン")] // pinyin Q is チ
    [InlineData("Alexander MAXIMOV", "アレクサンデル・マクシモフ")] // after a vowel X stays KS
    public void Writes_a_latin_name_in_katakana_by_the_rule_table(string latin, string expected) =>
        Assert.Equal(expected, LatinToKatakana.Write(latin));
}
