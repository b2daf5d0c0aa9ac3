using System.Text;
using AnyAscii;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 3: turns every remaining non-ASCII character into ASCII with AnyAscii (Cyrillic,
/// Han, ...). Han writes a name without spaces, one syllable per character, so each such
/// character becomes its own token ("习近平" → "Xi Jin Ping"); the scorer joins adjacent tokens again where the
/// listed romanization does ("XI Jinping"). Hangul syllables are kept, one token each, for the Hangul step (6e,
/// McCune–Reischauer by rule), kana words for the kana step (6f, Hepburn by rule), Hebrew letters for the Hebrew word step (6g), Greek letters for the Greek word step (6h), Georgian letters for the Georgian word step (6j), Devanagari for the Devanagari word step (6i), and Arabic-script letters for the Arabic name
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

            if (GeorgianWordStep.IsGeorgianLetter(c))
            {
                // Kept for the Georgian word step, which reads it as AnyAscii does and keeps its Georgian form.
                builder.Append(c);
                continue;
            }

            if (GreekReading.IsGreekLetter(c))
            {
                // Kept for the Greek word step: a Greek word has two readings, its own (ELOT) and the one it gives foreign names.
                builder.Append(c);
                continue;
            }

            if (i + 1 < value.Length && c is 'Ո' or 'ո' && value[i + 1] is 'Ւ' or 'ւ')
            {
                // Armenian writes U with two letters, ՈՒ (ու); AnyAscii writes them one by one, OW ("ՅՈՒՍԻՖ" YOWSIF for YUSIF).
                builder.Append('U');
                i++;
                continue;
            }

            if (DevanagariReading.IsWordCharacter(c))
            {
                // Kept for the Devanagari word step: a word is read whole (its inherent vowels depend on the letters after
                // each consonant), and a bare ज has two readings.
                builder.Append(c);
                continue;
            }

            if (ThaiReading.IsThai(c))
            {
                // A run of Thai put in spoken order first: its leading vowels are written before their consonant.
                var end = i;
                while (end < value.Length && ThaiReading.IsThai(value[end]))
                {
                    end++;
                }

                builder.Append(ThaiReading.SpokenOrder(value[i..end]).Transliterate());
                i = end - 1;
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

    private static bool IsSyllabicScript(char c) =>
        c is (>= '\uAC00' and <= '\uD7AF') // Hangul syllables
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\uF900' and <= '\uFAFF'); // CJK compatibility ideographs
}
