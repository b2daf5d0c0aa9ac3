using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Thai letters put in the order they are spoken, for AnyAscii to write. Thai writes the vowels เ แ โ ใ ไ before the
/// consonant they follow in speech, and AnyAscii keeps the written order: "เอ็กโซร่า" (EXORA, OFSI 16798) became
/// EOKOSRA. Here each leading vowel moves after its consonant; a silent อ (the carrier a word starting with a vowel is
/// written on) is dropped before its vowel; and ำ, which NFKC splits into ํ and า, is the vowel AM again. So the same
/// word reads EKSORA, and "เมนซ์" (MENZ) MENS instead of EMNS.
/// </summary>
internal static class ThaiReading
{
    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    public static string SpokenOrder(string run)
    {
        var text = run.Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLeadingVowel(c) && i + 1 < text.Length && IsConsonant(text[i + 1]))
            {
                var consonant = text[i + 1];
                if (consonant != 'อ')
                {
                    builder.Append(consonant);
                }

                builder.Append(c);
                i++;
                continue;
            }

            if (c == 'อ' && i + 1 < text.Length && IsVowelSign(text[i + 1]) && (i == 0 || !IsConsonant(text[i - 1])))
            {
                // อ carrying the vowel of a syllable that starts with it: silent.
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    private static bool IsVowelSign(char c) => c is (>= '\u0E30' and <= '\u0E39') or '\u0E31' or '\u0E47';
}
