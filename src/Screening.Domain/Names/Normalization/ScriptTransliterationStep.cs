using System.Text;
using AnyAscii;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 3: turns every remaining non-ASCII character into ASCII with AnyAscii (Cyrillic, Greek,
/// Han, ...). Han writes a name without spaces, one syllable per character, so each such
/// character becomes its own token ("习近平" → "Xi Jin Ping"); the scorer joins adjacent tokens again where the
/// listed romanization does ("XI Jinping"). Hangul syllables are kept, one token each, for the Hangul step (6e,
/// McCune–Reischauer by rule), kana words for the kana step (6f, Hepburn by rule), Hebrew letters for the Hebrew word step (6g), and Arabic-script letters for the Arabic name
/// dictionary (step 6d), which transliterates the words it does not know.
/// </summary>
internal static class ScriptTransliterationStep
{
    public static string Apply(string value)
    {
        var asciiOnly = true;
        foreach (var c in value)
        {
            if (c > 0x7F)
            {
                asciiOnly = false;
                break;
            }
        }

        if (asciiOnly)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length * 2);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= 0x7F || ArabicLetterFoldingStep.IsArabicLetter(c))
            {
                builder.Append(c);
                continue;
            }

            if (HebrewWordStep.IsHebrewLetter(c))
            {
                // Kept for the Hebrew step: its vowel letters are read by position in the word. A geresh after ג, ז or צ
                // writes a sound Hebrew has no letter for (ג׳ J, ז׳ ZH, צ׳ CH): those are written in Latin here, since the
                // tokenizer would drop the geresh and leave G, Z or TS.
                if (i + 1 < value.Length && HebrewWordStep.IsGeresh(value[i + 1]) && HebrewWordStep.GereshSound(c) is { } sound)
                {
                    builder.Append(sound);
                    i++;
                    continue;
                }

                builder.Append(c);
                continue;
            }

            if (GreekDigraph(value, i) is { } greek)
            {
                // ELOT 743: ΜΠ, ΝΤ, ΓΚ at the start of a word are B, D, G, and ΟΥ is OU anywhere (ΜΠΟΥΣ is BOUS);
                // AnyAscii writes MP, NT, GK and OY.
                builder.Append(greek);
                i++;
                continue;
            }

            if (KanaRomanization.IsKana(c))
            {
                // Kept for the kana step, whole words: a kana is a mora, not a syllable of the name.
                builder.Append(c);
                continue;
            }

            if (HangulRomanization.IsSyllable(c))
            {
                // Kept for the Hangul step, one token per syllable: AnyAscii gives Revised Romanization, the lists McCune–Reischauer.
                builder.Append(' ').Append(c).Append(' ');
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
            var element = value.Substring(i, length);
            i += length - 1;
            var ascii = element.Transliterate();
            if (IsSyllabicScript(c))
            {
                builder.Append(' ').Append(ascii).Append(' ');
            }
            else
            {
                builder.Append(ascii);
            }
        }

        return builder.ToString();
    }

    private static string? GreekDigraph(string value, int i)
    {
        if (i + 1 >= value.Length)
        {
            return null;
        }

        var pair = (char.ToUpperInvariant(value[i]), char.ToUpperInvariant(value[i + 1]));
        if (pair == ('Ο', 'Υ'))
        {
            return "OU";
        }

        if (i > 0 && char.IsLetter(value[i - 1]))
        {
            return null;
        }

        return pair switch
        {
            ('Μ', 'Π') => "B",
            ('Ν', 'Τ') => "D",
            ('Γ', 'Κ') => "G",
            _ => null,
        };
    }

    private static bool IsSyllabicScript(char c) =>
        c is (>= '\uAC00' and <= '\uD7AF') // Hangul syllables
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\uF900' and <= '\uFAFF'); // CJK compatibility ideographs
}
