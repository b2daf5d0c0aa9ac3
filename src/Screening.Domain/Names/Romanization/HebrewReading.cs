using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// How an unpointed Hebrew (or Yiddish) word reads in Latin letters. Hebrew writes no short vowels and uses the letters
/// א ע (carriers), י ו (matres lectionis: I/E, O/U, or the consonants Y, V) and final ה (A or E) for some of them, so a
/// word has one likely reading and a few others:
/// <list type="bullet">
/// <item>ב is B or V and פ is P or F (the dagesh that tells them apart is not written): the likely reading takes B, V at the
/// end of a word (פופוב POPOV, יעקב YAAKOV), P at the start and F elsewhere (פליקס FELIX, ף always F);</item>
/// <item>ח is the KH of Hebrew names or the H of Arabic ones (מוחמד MUHAMMAD), ש is SH or S (sin), קס is X;</item>
/// <item>ו at the start, doubled (וו) or before a final י (לוי LEVI) is V, elsewhere the vowel O or U (the likely reading
/// takes O, <see cref="VowelSpellings"/> both), and between consonants also the W of a foreign name (אדוארד EDWARD,
/// another reading); י at the start or
/// doubled is Y, elsewhere I; a carrier at the start with its vowel letter is the first vowel (אילי ELI, עדן EDEN);</item>
/// <item>Yiddish ligatures: װ V, ױ OY, ײ EY (U+05F0–05F2).</item>
/// </list>
/// <see cref="Units"/> parses a word once; from its units <see cref="Spelling"/> gives the likely reading,
/// <see cref="Readings"/> every reading (at most <see cref="MaxReadings"/>), for the consonant skeletons a Latin name is
/// compared by, and <see cref="VowelSpellings"/> the likely reading with each ו as O and as U.
/// </summary>
internal static class HebrewReading
{
    public const int MaxReadings = 16;

    public static string Spelling(IReadOnlyList<string[]> units)
    {
        var builder = new StringBuilder(units.Count * 2);
        foreach (var unit in units)
        {
            builder.Append(unit[0]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every reading of the word, the likely one first; distinct, at most <see cref="MaxReadings"/>. The letters' other
    /// readings (ב, פ, ח, ש, קס) are enumerated before a ו's W: each medial ו doubles the readings, so taken in word order
    /// the ו's of a long word filled the list and cut the readings of the letters after them (חוז׳חמדוביץ׳
    /// KHOZHAKHMEDOVICH lost the ב read V to two W readings of its ו's). The W, the rarer reading, is cut first.
    /// </summary>
    public static IReadOnlyList<string> Readings(IReadOnlyList<string[]> units)
    {
        // A reading is one option per unit; options are chosen unit by unit, the ו's last, each unit's first (likely)
        // option extending every choice so far before its other options do: the likely reading stays first.
        var choices = new List<int[]> { new int[units.Count] };
        foreach (var u in Enumerable.Range(0, units.Count).OrderBy(u => IsVowelOrW(units[u]) ? 1 : 0))
        {
            if (units[u].Length == 1)
            {
                continue;
            }

            var next = new List<int[]>(Math.Min(MaxReadings, choices.Count * units[u].Length));
            for (var option = 0; option < units[u].Length; option++)
            {
                foreach (var choice in choices)
                {
                    if (next.Count < MaxReadings)
                    {
                        var extended = option == 0 ? choice : (int[])choice.Clone();
                        extended[u] = option;
                        next.Add(extended);
                    }
                }
            }

            choices = next;
        }

        var readings = new List<string>(choices.Count);
        var builder = new StringBuilder(units.Count * 2);
        foreach (var choice in choices)
        {
            builder.Clear();
            for (var u = 0; u < units.Count; u++)
            {
                builder.Append(units[u][choice[u]]);
            }

            var reading = builder.ToString();
            if (!readings.Contains(reading))
            {
                readings.Add(reading);
            }
        }

        return readings;
    }

    /// <summary>A medial ו: the vowel, or the W of a foreign name.</summary>
    private static bool IsVowelOrW(string[] unit) => unit is ["O", "V"];

    /// <summary>Most spellings <see cref="VowelSpellings"/> gives: a word with more vowel letters ו keeps the likely reading of the rest.</summary>
    public const int MaxVowelSpellings = 4;

    /// <summary>
    /// The likely spelling with each vowel letter ו read O and U: Hebrew writes both vowels with the one letter (ז׳ו is
    /// ZHU as well as ZHO, מונה MUNA as well as MONA, ג׳ון JUN as well as JON), and nothing in the word tells which.
    /// The likely spelling (every ו as O) first; distinct; at most <see cref="MaxVowelSpellings"/>, the first ו's varied first.
    /// </summary>
    public static IReadOnlyList<string> VowelSpellings(IReadOnlyList<string[]> units)
    {
        var spellings = new List<string> { string.Empty };
        foreach (var unit in units)
        {
            var letters = unit[0];
            var count = spellings.Count;
            for (var s = 0; s < count; s++)
            {
                if (letters == "O" && spellings.Count < MaxVowelSpellings)
                {
                    spellings.Add(spellings[s] + "U");
                }

                spellings[s] += letters;
            }
        }

        return spellings;
    }

    /// <summary>The word's sounds in order, each with its likely Latin letters first and the other readings after.</summary>
    public static List<string[]> Units(string word)
    {
        var units = new List<string[]>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var first = i == 0;
            var last = i == word.Length - 1;
            var next = last ? '\0' : word[i + 1];
            switch (c)
            {
                case 'א' or 'ע' when first && next == 'י':
                    units.Add(["I"]);
                    i++;
                    break;
                case 'א' or 'ע' when first && next == 'ו' && (i + 2 >= word.Length || word[i + 2] != 'ו'):
                    units.Add(["O"]);
                    i++;
                    break;
                case 'א' or 'ע':
                    units.Add(["A"]);
                    break;
                case 'ו' when next == 'ו':
                    units.Add(["V"]);
                    i++;
                    break;
                case 'ו' when first || (i + 2 == word.Length && next == 'י'):
                    units.Add(["V"]);
                    break;
                case 'ו' when !last && !IsVowelLetter(word[i - 1]):
                    // Between consonants mostly the vowel, but also the W of a foreign name written with one letter
                    // (אדוארד EDWARD, מרון MARWAN, הונג HWANG): the consonant is the other reading.
                    units.Add(["O", "V"]);
                    break;
                case 'ו':
                    units.Add(["O"]);
                    break;
                case 'י' when next == 'י':
                    units.Add(["Y"]);
                    i++;
                    break;
                case 'י':
                    units.Add([first ? "Y" : "I"]);
                    break;
                case 'ה' when last && !first:
                    units.Add(["A"]);
                    break;
                case 'ב':
                    units.Add(last ? ["V", "B"] : ["B", "V"]);
                    break;
                case 'פ':
                    units.Add(first ? ["P", "F"] : ["F", "P"]);
                    break;
                case 'ק' when next == 'ס':
                    units.Add(["KS", "X"]);
                    i++;
                    break;
                case 'ח':
                    units.Add(["KH", "H"]);
                    break;
                case 'ש':
                    units.Add(["SH", "S"]);
                    break;
                case 'כ':
                    units.Add([first ? "K" : "KH"]);
                    break;
                case '\u05F0': // װ Yiddish double vav
                    units.Add(["V"]);
                    break;
                case '\u05F1': // ױ Yiddish vav yod
                    units.Add(["OY"]);
                    break;
                case '\u05F2': // ײ Yiddish double yod
                    units.Add(["EY", "AY"]);
                    break;
                default:
                    units.Add([Letter(c)]);
                    break;
            }
        }

        return units;
    }

    /// <summary>The letters that write vowels (or carry them): a ו after one of them is not between consonants.</summary>
    private static bool IsVowelLetter(char c) => c is 'א' or 'ע' or 'י' or 'ו';

    private static string Letter(char c) => c switch
    {
        'ג' => "G",
        'ד' => "D",
        'ה' => "H",
        'ז' => "Z",
        'ט' or 'ת' => "T",
        'ך' => "KH",
        'ל' => "L",
        'מ' or 'ם' => "M",
        'נ' or 'ן' => "N",
        'ס' => "S",
        'ף' => "F",
        'צ' or 'ץ' => "TS",
        'ק' => "K",
        'ר' => "R",
        >= 'A' and <= 'Z' => c.ToString(), // the Latin letters a geresh wrote (ג׳ J, ז׳ ZH, צ׳ CH)
        _ => string.Empty,
    };
}
