using System.Collections.Frozen;
using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6f (part of <see cref="KanaWordStep"/>): an acronym that Japanese writes as the names of its Latin letters
/// becomes the letters. The MOF list writes ADF as エーディーエフ (E-DI-EFU: Hepburn EDIEFU has nothing of ADF) and
/// FIRST EAST EXPORT BANK, P.L.C. with ピー・エル・シー. A word of two or more letter names is read as an acronym; a word
/// of one only when that letter name is no name or word of its own (アイ is also the name Ai, イー the surname Yi, ユー
/// Yu, エル the article El, オー Oh, ケイ Kei, ジェイ Jay, ワイ Wai), so those stay kana.
/// </summary>
internal static class KanaLetterNameStep
{
    private static readonly FrozenDictionary<string, char> Letters = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["エー"] = 'A', ["エイ"] = 'A', ["ビー"] = 'B', ["シー"] = 'C', ["ディー"] = 'D', ["デー"] = 'D', ["イー"] = 'E',
        ["エフ"] = 'F', ["ジー"] = 'G', ["エイチ"] = 'H', ["エッチ"] = 'H', ["アイ"] = 'I', ["ジェー"] = 'J', ["ジェイ"] = 'J',
        ["ケー"] = 'K', ["ケイ"] = 'K', ["エル"] = 'L', ["エム"] = 'M', ["エヌ"] = 'N', ["オー"] = 'O', ["ピー"] = 'P',
        ["キュー"] = 'Q', ["アール"] = 'R', ["エス"] = 'S', ["ティー"] = 'T', ["ユー"] = 'U', ["ブイ"] = 'V', ["ヴィー"] = 'V',
        ["ダブリュー"] = 'W', ["エックス"] = 'X', ["ワイ"] = 'Y', ["ゼット"] = 'Z', ["ズィー"] = 'Z',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Letter names that are also names or words: a word of this one letter name alone stays kana.</summary>
    private static readonly FrozenSet<string> AlsoNames = FrozenSet.ToFrozenSet(["エイ", "イー", "アイ", "エル", "オー", "ケイ", "ジェイ", "ユー", "ワイ"], StringComparer.Ordinal);

    private const int LongestLetterName = 5;

    /// <summary>The Latin letters a katakana word spells, or null when it is not made of letter names only.</summary>
    public static string? Acronym(string kana)
    {
        if (kana.Length == 0 || (Letters.ContainsKey(kana) && AlsoNames.Contains(kana)))
        {
            return null;
        }

        var letters = new StringBuilder(kana.Length / 2);
        return Read(kana, 0, letters) ? letters.ToString() : null;
    }

    /// <summary>Reads letter names from <paramref name="start"/> to the end, longest first, backtracking where a shorter one fits.</summary>
    private static bool Read(string kana, int start, StringBuilder letters)
    {
        if (start == kana.Length)
        {
            return true;
        }

        for (var length = Math.Min(LongestLetterName, kana.Length - start); length >= 2; length--)
        {
            if (Letters.TryGetValue(kana.Substring(start, length), out var letter))
            {
                letters.Append(letter);
                if (Read(kana, start + length, letters))
                {
                    return true;
                }

                letters.Length--;
            }
        }

        return false;
    }
}
