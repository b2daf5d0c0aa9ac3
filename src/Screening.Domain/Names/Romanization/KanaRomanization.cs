using System.Collections.Frozen;
using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Katakana (and hiragana) in Hepburn by rule, the way lists romanize Japanese and the way a Japanese text writes a
/// foreign name: each kana is a mora; a small ャ/ュ/ョ replaces the vowel of the kana before it (ジョ → JO, キャ → KYA),
/// a small ァ/ィ/ゥ/ェ/ォ does the same for foreign sounds (ファ → FA, ティ → TI), and after ク, グ and a bare ウ it adds
/// the W it stands for (クァ → KWA, ウォ → WO), a small ッ doubles the next consonant,
/// and the long-vowel mark ー is dropped (Hepburn without macrons: プーチン → PUCHIN).
/// Source: the modified Hepburn system (Kenkyusha, 3rd ed.) as the lists and passports use it.
/// </summary>
internal static class KanaRomanization
{
    private const char SmallTsu = 'ッ';
    private const char LongVowel = 'ー';

    private static readonly FrozenDictionary<char, string> Mora = new Dictionary<char, string>
    {
        ['ア'] = "A", ['イ'] = "I", ['ウ'] = "U", ['エ'] = "E", ['オ'] = "O",
        ['カ'] = "KA", ['キ'] = "KI", ['ク'] = "KU", ['ケ'] = "KE", ['コ'] = "KO",
        ['サ'] = "SA", ['シ'] = "SHI", ['ス'] = "SU", ['セ'] = "SE", ['ソ'] = "SO",
        ['タ'] = "TA", ['チ'] = "CHI", ['ツ'] = "TSU", ['テ'] = "TE", ['ト'] = "TO",
        ['ナ'] = "NA", ['ニ'] = "NI", ['ヌ'] = "NU", ['ネ'] = "NE", ['ノ'] = "NO",
        ['ハ'] = "HA", ['ヒ'] = "HI", ['フ'] = "FU", ['ヘ'] = "HE", ['ホ'] = "HO",
        ['マ'] = "MA", ['ミ'] = "MI", ['ム'] = "MU", ['メ'] = "ME", ['モ'] = "MO",
        ['ヤ'] = "YA", ['ユ'] = "YU", ['ヨ'] = "YO",
        ['ラ'] = "RA", ['リ'] = "RI", ['ル'] = "RU", ['レ'] = "RE", ['ロ'] = "RO",
        ['ワ'] = "WA", ['ヰ'] = "I", ['ヱ'] = "E", ['ヲ'] = "O", ['ン'] = "N",
        ['ガ'] = "GA", ['ギ'] = "GI", ['グ'] = "GU", ['ゲ'] = "GE", ['ゴ'] = "GO",
        ['ザ'] = "ZA", ['ジ'] = "JI", ['ズ'] = "ZU", ['ゼ'] = "ZE", ['ゾ'] = "ZO",
        ['ダ'] = "DA", ['ヂ'] = "JI", ['ヅ'] = "ZU", ['デ'] = "DE", ['ド'] = "DO",
        ['バ'] = "BA", ['ビ'] = "BI", ['ブ'] = "BU", ['ベ'] = "BE", ['ボ'] = "BO",
        ['パ'] = "PA", ['ピ'] = "PI", ['プ'] = "PU", ['ペ'] = "PE", ['ポ'] = "PO",
        ['ヴ'] = "VU",
    }.ToFrozenDictionary();

    /// <summary>Small kana that replace the vowel of the mora before them.</summary>
    private static readonly FrozenDictionary<char, string> Glides = new Dictionary<char, string>
    {
        ['ャ'] = "YA", ['ュ'] = "YU", ['ョ'] = "YO",
        ['ァ'] = "A", ['ィ'] = "I", ['ゥ'] = "U", ['ェ'] = "E", ['ォ'] = "O",
    }.ToFrozenDictionary();

    public static bool IsKana(char c) => c is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or LongVowel;

    /// <summary>The Hepburn spelling of a run of kana; characters that are no kana are skipped.</summary>
    public static string Hepburn(string kana)
    {
        var builder = new StringBuilder(kana.Length * 2);
        var doubleNext = false;
        var current = '\0';
        foreach (var raw in kana)
        {
            var c = raw is >= '\u3041' and <= '\u3096' ? (char)(raw + 0x60) : raw; // hiragana → katakana
            var previous = current;
            current = c;
            if (c == SmallTsu)
            {
                doubleNext = true;
            }
            else if (Glides.TryGetValue(c, out var glide) && builder.Length > 0)
            {
                // キャ: KI + YA → KYA; ファ: FU + A → FA; ティ: TE + I → TI. After J, SH and CH the Y is not written:
                // ジョ → JO, シャ → SHA, チュ → CHU.
                var afterKOrBareU = glide[0] != 'Y' && previous is 'ク' or 'グ' or 'ウ';
                builder.Length--;
                if (afterKOrBareU)
                {
                    // クァ KWA, グァ GWA (クァンソン for KWANGSONG); ウィ WI, ウェ WE, ウォ WO (ウォン for WON).
                    builder.Append('W').Append(glide);
                    continue;
                }

                var afterPalatal = builder.Length > 0
                    && (builder[^1] == 'J' || (builder.Length > 1 && builder[^1] == 'H' && builder[^2] is 'S' or 'C'));
                builder.Append(glide[0] == 'Y' && afterPalatal ? glide[1..] : glide);
            }
            else if (Mora.TryGetValue(c, out var mora))
            {
                if (doubleNext && mora[0] is not ('A' or 'I' or 'U' or 'E' or 'O'))
                {
                    builder.Append(mora[0] == 'C' ? 'T' : mora[0]);
                }

                doubleNext = false;
                builder.Append(mora);
            }
        }

        return builder.ToString();
    }
}
