using Screening.Domain.Names.Romanization;
using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6: punctuation and joiners. Apostrophes and dots join the letters around them
/// ("GAMA'AT" → "GAMAAT", "S.A." → "SA"); hyphens, commas, slashes and every other non-alphanumeric
/// character separate tokens ("AL-QAIDA" → "AL QAIDA"). Digits are kept ("MV 2", "KASB 1"), and so are the
/// Arabic-script letters, Hangul syllables and kana that transliteration left for their own steps.
/// </summary>
internal static class TokenizationStep
{
    public static List<string> Apply(string upperAscii)
    {
        var tokens = new List<string>(4);
        var current = new StringBuilder(16);
        foreach (var c in upperAscii)
        {
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') || ArabicLetterFoldingStep.IsArabicLetter(c) || HangulRomanization.IsSyllable(c) || KanaRomanization.IsKana(c) || HebrewWordStep.IsHebrewLetter(c) || GreekReading.IsGreekLetter(c) || GeorgianWordStep.IsGeorgianLetter(c) || DevanagariReading.IsWordCharacter(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '.' or '`' or '’')
            {
                // joiner: keeps the word together
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
