using System.Globalization;
using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 2: removes combining marks ("GONZÁLEZ" → "GONZALEZ", "MÜLLER" → "MULLER") by decomposing,
/// dropping non-spacing marks and recomposing (so Hangul syllables survive for the next step).
/// Letters that carry no decomposable mark (ß, Ø, Ł, Æ) are left to transliteration.
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
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

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
