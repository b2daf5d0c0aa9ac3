using System.Collections.Frozen;
using System.Text;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6f (part of <see cref="KanaWordStep"/>): the given name of a Korean name written in katakana, read syllable by
/// syllable the way Japanese transcribes Korean. Japanese writes each Korean syllable as a kana (with a small glide) and
/// its final consonant as a kana of its own: ン for N and NG, ム M, ル L, ク K, プ P, ッ T. The MOF list writes KIM YONG
/// CHOL as キム・ヨンチョル: Hepburn reads the given name as one word, YONCHORU, which shares nothing with YONG CHOL;
/// read as Korean it is ヨン チョル, YON CHOL, one token per listed syllable. Korean has no F and no SH: ファン is HWAN,
/// フン HUN, シク SIK; its K and P before a glide are the G and B Japanese hears inside a word (ギョン KYONG). Applied only after a Korean surname written in katakana (キム, パク, チェ, ...) and to a word
/// of at most two syllables without the long-vowel mark, ヴ or the foreign small-vowel sounds, which Korean
/// transcriptions do not use: ヤン・ペトロフスキー (Yan Petrovskiy) stays a Russian name.
/// </summary>
internal static class KanaKoreanSyllableStep
{
    /// <summary>Korean surnames as the MOF list writes them in katakana (the first word of its DPRK entries).</summary>
    private static readonly FrozenSet<string> Surnames = FrozenSet.ToFrozenSet(
    [
        "キム", "リ", "イ", "パク", "チェ", "チョン", "チョ", "チャン", "ジャン", "カン", "ユ", "コ", "ムン", "ソン", "ヒョン",
        "ヨン", "ファン", "オ", "ミン", "ペ", "ハン", "ホ", "ノ", "シン", "ソ", "ペク", "ナム", "アン", "リュ", "ジョ", "チュ",
        "キル", "チャ", "ジョン", "リム", "イム", "ピョン", "オム", "ソク", "ハ", "ヤン", "ク", "ト", "ウ", "ペン", "テ", "ユン",
    ], StringComparer.Ordinal);

    /// <summary>The syllables of the Korean romanization table, as the lists write them.</summary>
    private static readonly FrozenSet<string> Known = KoreanRomanization.Table.Select(row => row.Canonical).ToFrozenSet(StringComparer.Ordinal);

    private const string Finals = "ンムルクプッ";
    private const string Glides = "ャュョァィゥェォ";
    private const int GivenNameSyllables = 2;

    public static bool IsKoreanSurname(string kana) => Surnames.Contains(kana);

    /// <summary>The syllables of <paramref name="kana"/> read as Korean, or null when it is no Korean given name.</summary>
    public static IReadOnlyList<(string Kana, string Spelling)>? Syllables(string kana)
    {
        for (var j = 0; j < kana.Length; j++)
        {
            // クァ, グァ, ウォ and ファ, フィ write Korean KWA, GWA, WO, HWA and HWI; every other small vowel, ヴ and ー only foreign sounds.
            var foreign = kana[j] is 'ー' or 'ヴ'
                || (kana[j] is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' && !(j > 0 && kana[j - 1] is 'ク' or 'グ' or 'ウ' or 'フ'));
            if (foreign)
            {
                return null;
            }
        }

        var syllables = new List<(string Kana, string Spelling)>(GivenNameSyllables);
        var i = 0;
        while (i < kana.Length)
        {
            var start = i++;
            while (i < kana.Length && Glides.Contains(kana[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (kana[start] is 'ン' or 'ッ')
            {
                return null; // a final after a closed syllable: not Korean (ム, ル, ク, プ there start a syllable: ヨンム YONG MU)
            }

            var final = string.Empty;
            if (i < kana.Length && Finals.Contains(kana[i], StringComparison.Ordinal) && (i + 1 == kana.Length || !Glides.Contains(kana[i + 1], StringComparison.Ordinal)))
            {
                final = Final(kana[i]);
                i++;
            }

            var spelling = Onset(KanaRomanization.Hepburn(kana[start..(i - (final.Length > 0 ? 1 : 0))])) + final;
            if (final == "N" && !Known.Contains(spelling) && Known.Contains(spelling + "G"))
            {
                // ン is N or NG; a syllable the lists only ever write with NG takes it (ヨン YONG, グァン KWANG), one they
                // write both ways (チョン CHON and CHONG, ソン SON and SONG) stays N.
                spelling += "G";
            }

            syllables.Add((kana[start..i], spelling));
        }

        return syllables.Count <= GivenNameSyllables ? syllables : null;
    }

    private static string Final(char kana) => kana switch
    {
        'ン' => "N",
        'ム' => "M",
        'ル' => "L",
        'ク' => "K",
        'プ' => "P",
        _ => "T",
    };

    /// <summary>
    /// Hepburn's sounds that Korean lacks: F is HW (ファ for 황 HWANG), FU is HU, SH is S; and the voiced G and B
    /// Japanese hears inside a word are McCune–Reischauer's K and P before a glide, as the lists write them (ギョン KYONG,
    /// ビョン PYONG, グァン KWANG); before a plain vowel the lists write both (KIM SE GON, KIM Su Gil), so G and B stay.
    /// </summary>
    private static string Onset(string hepburn)
    {
        var spelling = new StringBuilder(hepburn);
        var glide = hepburn.Length > 1 && hepburn[1] is 'Y' or 'W';
        if (glide && hepburn[0] == 'G')
        {
            spelling[0] = 'K';
        }
        else if (glide && hepburn[0] == 'B')
        {
            spelling[0] = 'P';
        }
        else if (hepburn.StartsWith("FU", StringComparison.Ordinal))
        {
            spelling.Remove(0, 1).Insert(0, 'H');
        }
        else if (hepburn.StartsWith('F'))
        {
            spelling.Remove(0, 1).Insert(0, "HW");
        }
        else if (hepburn.StartsWith("SH", StringComparison.Ordinal))
        {
            spelling.Remove(1, 1);
        }

        return spelling.ToString();
    }
}
