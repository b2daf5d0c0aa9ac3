using System.Text;

namespace Screening.Evaluation.Names;

/// <summary>
/// Writes a Latin-listed name in katakana the way Japanese media write foreign names: the Latin letters are read as
/// sounds (CH, SH, J, TS, KH, PH → F, TH → S, C → S before E/I/Y, Q → K, X → KS, a Y or W before a vowel is a
/// consonant), each consonant with its vowel becomes one kana by the table below (with a glide Y or W a contracted
/// syllable: キョン, ファン), TI/DI are チ/ジ as in Russian names
/// (プチン, ウラジミル), a doubled consonant is ッ (ハッサン) or, for M and N, ン (ムハンマド), a doubled vowel is long
/// (ー), and a consonant without a vowel takes the vowel Japanese adds to close a syllable: O after T and D (アフマド),
/// U after the others (キム, アブドゥラ); N is ン, the G of a final NG is silent (ジョン), a final H is silent, an initial
/// V before a consonant is ウ (ウラジミル) and a final V, or one before a voiceless consonant, is フ (イバノフ; MOF writes
/// KOZLOVSKY コズロフスキー and PEVTSOV ペフツォフ). Pinyin's X and Q starting a syllable (at the start of a word or
/// after N, before I or U) are シ and チ, as Japanese writes Chinese names (シア for XIA; MOF: ルオ・チュワンシュー for Luo
/// Chuanxu, マ・シャオホン for Ma Xiaohong); until kana6b the table wrote them KS and K (クシア), which no Japanese writer
/// does for a Chinese name. Words are separated by ・, hyphenated parts are
/// written together. Japanese media lengthen stressed vowels by ear (ウラジーミル・プーチン); no rule on the Latin
/// letters can know where, so the table writes none there. Test harness only: the product reads katakana by its own
/// steps and must not learn them from this table.
/// </summary>
public static class LatinToKatakana
{
    private const string Vowels = "AIUEO";

    /// <summary>Each consonant sound with the five vowels, in the order A, I, U, E, O; "" is a lone vowel.</summary>
    private static readonly Dictionary<string, string[]> Syllables = new(StringComparer.Ordinal)
    {
        [""] = ["ア", "イ", "ウ", "エ", "オ"],
        ["K"] = ["カ", "キ", "ク", "ケ", "コ"],
        ["G"] = ["ガ", "ギ", "グ", "ゲ", "ゴ"],
        ["S"] = ["サ", "シ", "ス", "セ", "ソ"],
        ["Z"] = ["ザ", "ジ", "ズ", "ゼ", "ゾ"],
        ["T"] = ["タ", "チ", "トゥ", "テ", "ト"],
        ["D"] = ["ダ", "ジ", "ドゥ", "デ", "ド"],
        ["N"] = ["ナ", "ニ", "ヌ", "ネ", "ノ"],
        ["H"] = ["ハ", "ヒ", "フ", "ヘ", "ホ"],
        ["KH"] = ["ハ", "ヒ", "フ", "ヘ", "ホ"],
        ["B"] = ["バ", "ビ", "ブ", "ベ", "ボ"],
        ["V"] = ["バ", "ビ", "ブ", "ベ", "ボ"],
        ["P"] = ["パ", "ピ", "プ", "ペ", "ポ"],
        ["F"] = ["ファ", "フィ", "フ", "フェ", "フォ"],
        ["M"] = ["マ", "ミ", "ム", "メ", "モ"],
        ["Y"] = ["ヤ", "イ", "ユ", "イェ", "ヨ"],
        ["R"] = ["ラ", "リ", "ル", "レ", "ロ"],
        ["L"] = ["ラ", "リ", "ル", "レ", "ロ"],
        ["W"] = ["ワ", "ウィ", "ウ", "ウェ", "ウォ"],
        ["SH"] = ["シャ", "シ", "シュ", "シェ", "ショ"],
        ["CH"] = ["チャ", "チ", "チュ", "チェ", "チョ"],
        ["J"] = ["ジャ", "ジ", "ジュ", "ジェ", "ジョ"],
        ["TS"] = ["ツァ", "ツィ", "ツ", "ツェ", "ツォ"],
    };

    /// <summary>Letter groups read as one sound, longest first; each maps to a key of <see cref="Syllables"/>.</summary>
    private static readonly (string Latin, string Sound)[] Sounds =
    [
        ("TCH", "CH"), ("SCH", "SH"), ("DZH", "J"),
        ("SH", "SH"), ("CH", "CH"), ("ZH", "J"), ("DJ", "J"), ("TS", "TS"), ("TZ", "TS"), ("KH", "KH"), ("PH", "F"),
        ("TH", "S"), ("DH", "Z"), ("GH", "G"), ("CK", "K"),
        ("B", "B"), ("D", "D"), ("F", "F"), ("G", "G"), ("H", "H"), ("J", "J"), ("K", "K"), ("L", "L"), ("M", "M"),
        ("N", "N"), ("P", "P"), ("Q", "K"), ("R", "R"), ("S", "S"), ("T", "T"), ("V", "V"), ("Z", "Z"),
    ];

    /// <summary>
    /// "Vladimir PUTIN" → "ウラジミル・プチン"; words separated by ・, the parts of a hyphenated word joined, an apostrophe
    /// (the ayn or hamza of an Arabic name: "Sa'd", "'Abidin") dropped inside its word.
    /// </summary>
    public static string Write(string latinName) =>
        string.Join('・', latinName.ToUpperInvariant()
            .Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(WritePart)))
            .Where(word => word.Length > 0));

    private static string WritePart(string part)
    {
        var sounds = Read(new string([.. part.Where(char.IsAsciiLetterUpper)]));
        var builder = new StringBuilder(sounds.Count * 2);
        for (var i = 0; i < sounds.Count; i++)
        {
            var sound = sounds[i];
            var next = i + 1 < sounds.Count ? sounds[i + 1] : null;
            if (IsVowel(sound))
            {
                // A doubled vowel is one long vowel (AA → アー).
                var previous = i > 0 ? sounds[i - 1] : null;
                builder.Append(previous == sound && builder.Length > 0 ? "ー" : Syllables[""][Vowels.IndexOf(sound[0], StringComparison.Ordinal)]);
                continue;
            }

            var afterNext = i + 2 < sounds.Count ? sounds[i + 2] : null;
            if (next is "Y" or "W" && sound is not ("Y" or "W") && afterNext is not null && IsVowel(afterNext))
            {
                builder.Append(Glided(sound, next, afterNext[0]));
                i += 2;
                continue;
            }

            if (next is not null && IsVowel(next))
            {
                builder.Append(Syllables[sound][Vowels.IndexOf(next[0], StringComparison.Ordinal)]);
                i++;
                continue;
            }

            builder.Append(Closing(sound, i > 0 ? sounds[i - 1] : null, next));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A consonant, a glide and a vowel are one syllable: with Y the I-row kana and a small ャ ュ ョ (KYONG → キョン,
    /// HYOK → ヒョク, CHOL is チョル already); with W the U-row kana and a small vowel (HWAN → ファン, KWANG → クァン).
    /// </summary>
    private static string Glided(string consonant, string glide, char vowel)
    {
        var row = Syllables[consonant];
        var v = Vowels.IndexOf(vowel, StringComparison.Ordinal);
        if (glide == "Y")
        {
            return vowel == 'I' ? row[1] : row[1][..1] + (vowel switch { 'A' => "ャ", 'U' => "ュ", 'E' => "ェ", _ => "ョ" });
        }

        return vowel == 'U' ? row[2] : row[2][..1] + "ァィゥェォ"[v];
    }

    /// <summary>A consonant with no vowel after it: the end of a syllable in Japanese writing.</summary>
    private static string Closing(string sound, string? previous, string? next) => sound switch
    {
        "N" => "ン",
        "M" when next is "M" or "B" or "P" => "ン",
        "G" when next is null && previous == "N" => "", // the ン of a final NG already says it (JONG → ジョン)
        _ when next == sound && sound is not ("R" or "L" or "H" or "Y" or "W") => "ッ",
        _ when next == sound => "",
        "H" when next is null => "",
        "V" when previous is null && next is not null => "ウ",
        "V" when next is null => "フ",
        "V" when next is "K" or "S" or "T" or "P" or "F" or "SH" or "CH" or "TS" or "KH" => "フ", // before a voiceless consonant V is heard F: コズロフスキー, ペフツォフ (MOF)
        "T" => "ト",
        "D" => "ド",
        "Y" => "イ",
        "W" => "ウ",
        "CH" => "チ",
        "J" => "ジ",
        "SH" => "シュ",
        _ => Syllables[sound][2],
    };

    /// <summary>The word as a list of sounds: single vowels, and consonants by <see cref="Sounds"/>.</summary>
    private static List<string> Read(string word)
    {
        var sounds = new List<string>(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var c = word[i];
            var nextIsVowel = i + 1 < word.Length && Vowels.Contains(word[i + 1], StringComparison.Ordinal);
            if (Vowels.Contains(c, StringComparison.Ordinal))
            {
                sounds.Add(c.ToString());
                i++;
            }
            else if (c is 'Y' or 'W')
            {
                // Before a vowel a consonant (YUSUF, WALID); otherwise the vowel it sounds (ALIY → I, OW → U).
                sounds.Add(nextIsVowel ? c.ToString() : c == 'Y' ? "I" : "U");
                i++;
            }
            else if (c is 'X' or 'Q' && StartsPinyinSyllable(word, i))
            {
                sounds.Add(c == 'X' ? "SH" : "CH");
                i++;
            }
            else if (c == 'X')
            {
                sounds.Add("K");
                sounds.Add("S");
                i++;
            }
            else if (c == 'C' && i + 1 < word.Length && word[i + 1] is 'E' or 'I' or 'Y')
            {
                sounds.Add("S");
                i++;
            }
            else if (c == 'C' && i + 2 < word.Length && word[i + 1] == 'H' && word[i + 2] == 'R')
            {
                // CHR is K before R in names of Greek origin (CHRIS → クリス, CHRISTOPHER).
                sounds.Add("K");
                i += 2;
            }
            else if (c == 'C' && !(i + 1 < word.Length && word[i + 1] == 'H'))
            {
                sounds.Add("K");
                i++;
            }
            else
            {
                var (latin, sound) = Sounds.First(row => string.CompareOrdinal(word, i, row.Latin, 0, row.Latin.Length) == 0);
                sounds.Add(sound);
                i += latin.Length;
            }
        }

        return sounds;
    }

    /// <summary>
    /// Pinyin's X (before I or U) or Q (before I) at a visible syllable start — the start of the word or after N or NG —
    /// with a vowel, N or nothing after that vowel (XIA, XIAOHONG, CHUANXU, QING); after a vowel X stays KS (ALEXIA).
    /// </summary>
    private static bool StartsPinyinSyllable(string word, int i)
    {
        var vowelAfter = i + 1 < word.Length && (word[i] == 'X' ? word[i + 1] is 'I' or 'U' : word[i + 1] == 'I');
        var syllableStart = i == 0 || word[i - 1] == 'N' || (i > 1 && word[i - 1] == 'G' && word[i - 2] == 'N');
        return vowelAfter && syllableStart && (i + 2 == word.Length || Vowels.Contains(word[i + 2], StringComparison.Ordinal) || word[i + 2] == 'N');
    }

    private static bool IsVowel(string sound) => sound.Length == 1 && Vowels.Contains(sound[0], StringComparison.Ordinal);
}
