using System.Text;
using AnyAscii;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Two Latin readings of a Greek word. <see cref="Elot"/>: the standard one (ELOT 743, as Greek passports print Greek
/// names): AnyAscii's letters, with ΜΠ, ΝΤ, ΓΚ at the start of a word B, D, G and ΟΥ OU ("ΑΝΤΩΝΗΣ" ANTONIS).
/// <see cref="Foreign"/>: how the letters read when Greek writes a foreign name, which is what a Greek customer file holds
/// for a name the lists print in Latin letters. Greek has no letters for B, D, G, J, W or H, so it writes them ΜΠ, ΝΤ,
/// ΓΚ, ΤΖ and ΟΥ anywhere in the word, and leaves H out: "ΑΜΠΙΓΚΑΕΛ" ABIGAEL (ELOT AMPIGKAEL), "ΧΑΛΙΝΤ" KHALID (ELOT
/// CHALINT), "ΟΥΑΝ" WAN, "ΚΙΟΥ" KYU (Ι before a vowel is the glide Y).
/// </summary>
internal static class GreekReading
{
    public static bool IsGreekLetter(char c) => c is >= '\u0386' and <= '\u03FF' && char.IsLetter(c);

    public static string Elot(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var pair = i + 1 < word.Length ? (word[i], word[i + 1]) : (word[i], '\0');
            var digraph = pair switch
            {
                ('Ο', 'Υ') => "OU",
                ('Μ', 'Π') when i == 0 => "B",
                ('Ν', 'Τ') when i == 0 => "D",
                ('Γ', 'Κ') when i == 0 => "G",
                _ => null,
            };
            if (digraph is not null)
            {
                builder.Append(digraph);
                i++;
                continue;
            }

            builder.Append(word[i].ToString().Transliterate().ToUpperInvariant());
        }

        return builder.ToString();
    }

    public static string Foreign(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var afterNext = i + 2 < word.Length ? word[i + 2] : '\0';
            var digraph = (c, next) switch
            {
                ('Ο', 'Υ') when i == 0 && IsVowel(afterNext) => "W", // ΟΥΑΝ WAN, ΟΥΙΛΙΑΜ WILLIAM
                ('Ο', 'Υ') => "U",
                ('Μ', 'Π') => "B",
                ('Ν', 'Τ') => "D",
                ('Γ', 'Κ') => "G",
                ('Γ', 'Γ') => "NG",
                ('Τ', 'Ζ') => "J",
                _ => null,
            };
            if (digraph is not null)
            {
                builder.Append(digraph);
                i++;
                continue;
            }

            builder.Append(c switch
            {
                'Ι' when IsVowel(next) => "Y", // the glide: ΙΑΚΩΒ YAKOV, ΑΙΑΝΤ AYAD
                'Ι' or 'Η' or 'Υ' => "I",
                'Χ' => "KH",
                'Β' => "V",
                'Ω' => "O",
                _ => c.ToString().Transliterate().ToUpperInvariant(),
            });
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'Α' or 'Ε' or 'Η' or 'Ι' or 'Ο' or 'Υ' or 'Ω';
}
