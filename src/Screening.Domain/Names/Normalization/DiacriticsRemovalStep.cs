using System.Globalization;
using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 2: removes combining marks ("GONZÁLEZ" → "GONZALEZ", "MÜLLER" → "MULLER") by decomposing,
/// dropping non-spacing marks and recomposing (so Hangul syllables survive for the next step).
/// Letters that carry no decomposable mark (ß, Ø, Ł, Æ) are left to transliteration, and so are the marks of
/// scripts that write sounds with them (kana, Devanagari, Thai, Burmese).
/// </summary>
internal static class DiacriticsRemovalStep
{
    public static string Apply(string value)
    {
        if (IsAscii(value))
        {
            return value;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var keepMarks = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                keepMarks = WritesSoundsWithMarks(c);
                builder.Append(c);
            }
            else if (keepMarks)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Scripts whose marks are sounds, not accents: the kana voicing mark (ジ is not シ), the vowel signs and
    /// viramas of Devanagari, Thai and Burmese ("रिलायंस" would lose its N). Transliteration reads them.
    /// </summary>
    private static bool WritesSoundsWithMarks(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // Hiragana and Katakana
            or (>= '\u0900' and <= '\u0DFF') // Devanagari to Sinhala
            or (>= '\u0E00' and <= '\u0EFF') // Thai and Lao
            or (>= '\u1000' and <= '\u109F'); // Burmese

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
