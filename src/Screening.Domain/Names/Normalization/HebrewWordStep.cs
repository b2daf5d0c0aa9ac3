using System.Text;
using AnyAscii;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6g: a Hebrew word. Hebrew, like Arabic, is an abjad: names are written without their vowels, and the letters
/// א, ע (silent carriers), י and ו (vowel letters, or Y and V) stand in for some. AnyAscii writes the letters one by one
/// and drops א and ע, so "אילי" (Eli, OFSI 16366) became YLY, whose skeleton YL never met ELI's AL, and "לוי" (Levi,
/// OFSI 16485) became LVY, which counted as written with a vowel (Y) and so was compared letter by letter with LEVI.
/// Here the word keeps its Hebrew text, compares by its consonants (<see cref="NameToken.WrittenWithoutVowels"/>, like
/// an Arabic word the dictionary does not know) and gets a skeleton read the Hebrew way: a word-initial carrier, with
/// the vowel letter after it, is the first sound (A); י and ו inside a word are vowels, except ו at the start, doubled
/// (וו), or before a final י (לוי), where it is V; ה at the end is a vowel.
/// </summary>
internal static class HebrewWordStep
{
    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA' or >= '\u05F0' and <= '\u05F2';

    /// <summary>A word with a Hebrew letter; it may hold the Latin letters a geresh wrote (ג׳ונג → Jונג, for Jong).</summary>
    public static bool Applies(string word) => word.AsSpan().IndexOfAnyInRange('\u05D0', '\u05EA') >= 0;

    /// <summary>The geresh (׳), or the apostrophe typed for it.</summary>
    public static bool IsGeresh(char c) => c is '\u05F3' or '\'' or '\u2019';

    /// <summary>The sound a geresh gives ג, ז, צ in foreign names; null for other letters.</summary>
    public static string? GereshSound(char letter) => letter switch
    {
        'ג' => "J",
        'ז' => "ZH",
        'צ' or 'ץ' => "CH",
        _ => null,
    };

    public static NameToken Apply(string word)
    {
        var spelling = word.Transliterate().ToUpperInvariant();
        spelling = new string([.. spelling.Where(c => c is >= 'A' and <= 'Z')]);
        if (spelling.Length == 0)
        {
            spelling = "A";
        }

        var key = RomanizationKey.For(spelling);
        return new NameToken(word, key, ConsonantSkeleton.For(SoundedLetters(word)), WeakTokenClassificationStep.Classify(spelling))
        {
            Spelling = spelling,
            WrittenWithoutVowels = true,
        };
    }

    /// <summary>The word's letters as they sound, for the skeleton: 'A' for the first vowel, vowel letters left out.</summary>
    internal static string SoundedLetters(string word)
    {
        var builder = new StringBuilder(word.Length + 1);
        var i = 0;
        if (word[0] is 'א' or 'ע')
        {
            builder.Append('A');
            i = word.Length > 1 && word[1] is 'י' or 'ו' ? 2 : 1;
        }

        for (; i < word.Length; i++)
        {
            var c = word[i];
            var last = i == word.Length - 1;
            switch (c)
            {
                case 'א' or 'ע':
                    continue;
                case 'י' when i > 0:
                    continue;
                case 'ו' when i == 0:
                    builder.Append('V');
                    continue;
                case 'ו' when i + 1 < word.Length && word[i + 1] == 'ו':
                    builder.Append('V');
                    i++;
                    continue;
                case 'ו' when i + 2 == word.Length && word[i + 1] == 'י':
                    builder.Append('V');
                    continue;
                case 'ו':
                    continue;
                case 'ה' when last && i > 0:
                    continue;
                default:
                    foreach (var latin in c.ToString().Transliterate().ToUpperInvariant())
                    {
                        if (latin is >= 'A' and <= 'Z')
                        {
                            builder.Append(latin);
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
