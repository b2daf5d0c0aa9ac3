using System.Text;

namespace Screening.Evaluation.Names;

/// <summary>
/// Writes a Latin-listed name in another script the way a customer file in that script would: a rule table per
/// script, longest Latin letter group first, following each script's usual practice for foreign names (Greek writes
/// B as ΜΠ and D as ΝΤ, Hebrew leaves A and E unwritten inside a word, Armenian writes U as ՈՒ). Test harness only:
/// the product reads these scripts by its own steps, and must not learn them from this table.
/// </summary>
public static class LatinToScript
{
    private static readonly (string Latin, string Letters)[] Greek =
    [
        ("TH", "Θ"), ("PH", "Φ"), ("CH", "Χ"), ("KH", "Χ"), ("PS", "Ψ"), ("KS", "Ξ"), ("SH", "Σ"), ("ZH", "Ζ"), ("TS", "ΤΣ"),
        ("OU", "ΟΥ"), ("OO", "ΟΥ"), ("EE", "Ι"), ("GH", "Γ"),
        ("A", "Α"), ("B", "ΜΠ"), ("C", "Κ"), ("D", "ΝΤ"), ("E", "Ε"), ("F", "Φ"), ("G", "ΓΚ"), ("H", ""), ("I", "Ι"),
        ("J", "ΤΖ"), ("K", "Κ"), ("L", "Λ"), ("M", "Μ"), ("N", "Ν"), ("O", "Ο"), ("P", "Π"), ("Q", "Κ"), ("R", "Ρ"),
        ("S", "Σ"), ("T", "Τ"), ("U", "ΟΥ"), ("V", "Β"), ("W", "ΟΥ"), ("X", "Ξ"), ("Y", "Ι"), ("Z", "Ζ"),
    ];

    private static readonly (string Latin, string Letters)[] Armenian =
    [
        ("KH", "Խ"), ("GH", "Ղ"), ("ZH", "Ժ"), ("SH", "Շ"), ("CH", "Չ"), ("TS", "Ծ"), ("DZ", "Ձ"), ("TH", "Թ"), ("PH", "Փ"),
        ("OU", "ՈՒ"), ("OO", "ՈՒ"),
        ("A", "Ա"), ("B", "Բ"), ("C", "Կ"), ("D", "Դ"), ("E", "Ե"), ("F", "Ֆ"), ("G", "Գ"), ("H", "Հ"), ("I", "Ի"),
        ("J", "Ջ"), ("K", "Կ"), ("L", "Լ"), ("M", "Մ"), ("N", "Ն"), ("O", "Ո"), ("P", "Պ"), ("Q", "Ք"), ("R", "Ր"),
        ("S", "Ս"), ("T", "Տ"), ("U", "ՈՒ"), ("V", "Վ"), ("W", "Վ"), ("X", "ՔՍ"), ("Y", "Յ"), ("Z", "Զ"),
    ];

    private static readonly (string Latin, string Letters)[] Georgian =
    [
        ("KH", "ხ"), ("GH", "ღ"), ("ZH", "ჟ"), ("SH", "შ"), ("CH", "ჩ"), ("TS", "ც"), ("DZ", "ძ"), ("TH", "თ"), ("PH", "ფ"),
        ("OU", "უ"), ("OO", "უ"),
        ("A", "ა"), ("B", "ბ"), ("C", "კ"), ("D", "დ"), ("E", "ე"), ("F", "ფ"), ("G", "გ"), ("H", "ჰ"), ("I", "ი"),
        ("J", "ჯ"), ("K", "კ"), ("L", "ლ"), ("M", "მ"), ("N", "ნ"), ("O", "ო"), ("P", "პ"), ("Q", "ყ"), ("R", "რ"),
        ("S", "ს"), ("T", "ტ"), ("U", "უ"), ("V", "ვ"), ("W", "ვ"), ("X", "ქს"), ("Y", "ი"), ("Z", "ზ"),
    ];

    /// <summary>Hebrew consonants; vowels are handled by position in <see cref="ToHebrew"/>.</summary>
    private static readonly (string Latin, string Letters)[] HebrewConsonants =
    [
        ("SH", "ש"), ("KH", "ח"), ("TS", "צ"), ("TZ", "צ"), ("CH", "צ׳"), ("ZH", "ז׳"), ("TH", "ת"), ("PH", "פ"),
        ("B", "ב"), ("C", "ק"), ("D", "ד"), ("F", "פ"), ("G", "ג"), ("H", "ה"), ("J", "ג׳"), ("K", "ק"), ("L", "ל"),
        ("M", "מ"), ("N", "נ"), ("P", "פ"), ("Q", "ק"), ("R", "ר"), ("S", "ס"), ("T", "ט"), ("V", "ב"), ("W", "ו"),
        ("X", "קס"), ("Y", "י"), ("Z", "ז"),
    ];

    public static string Write(string latinName, QueryAlteration script) =>
        string.Join(' ', latinName.ToUpperInvariant()
            .Split([' ', '-', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => WriteWord(new string([.. word.Where(char.IsAsciiLetterUpper)]), script))
            .Where(word => word.Length > 0));

    private static string WriteWord(string word, QueryAlteration script) => script switch
    {
        QueryAlteration.GreekSpelling => FinalSigma(ByTable(word, Greek)),
        QueryAlteration.ArmenianSpelling => ByTable(word, Armenian),
        QueryAlteration.GeorgianSpelling => ByTable(word, Georgian),
        QueryAlteration.HebrewSpelling => ToHebrew(word),
        QueryAlteration.DevanagariSpelling => LatinToDevanagari.Write(word),
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "not a script spelling"),
    };

    private static string ByTable(string word, (string Latin, string Letters)[] table)
    {
        var builder = new StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length;)
        {
            var (latin, letters) = table.First(row => string.CompareOrdinal(word, i, row.Latin, 0, row.Latin.Length) == 0);
            builder.Append(letters);
            i += latin.Length;
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static bool IsSameVowelLetter(char written, char vowel) =>
        (written == 'ו' && vowel is 'O' or 'U') || (written == 'י' && vowel == 'I');

    private static string FinalSigma(string greek) => greek.EndsWith('Σ') ? greek[..^1] + "Σ" : greek;

    /// <summary>
    /// Israeli practice for foreign names: a vowel that begins the word is written א (with י for I/E and ו for O/U),
    /// I inside the word י, O and U ו (one letter for OU, OO), A and E unwritten, a final A or E ה; final forms of ך ם ן ף ץ.
    /// </summary>
    private static string ToHebrew(string word)
    {
        var builder = new StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length;)
        {
            var c = word[i];
            if (c is 'A' or 'E' or 'I' or 'O' or 'U')
            {
                var last = i == word.Length - 1;
                if (i == 0)
                {
                    builder.Append('א').Append(c switch { 'I' => "י", 'O' or 'U' => "ו", _ => "" });
                }
                else if (last && c is 'A' or 'E')
                {
                    builder.Append('ה');
                }
                else if (!(builder.Length > 0 && IsSameVowelLetter(builder[^1], c) && IsVowel(word[i - 1])))
                {
                    // One vowel letter per vowel sound: OU, OO, UU is one ו (BOUBEKEUR בובקור), II one י. Writing וו
                    // would spell the consonant V (the table wrote בוובקור until 2026-11-30; docs/benchmarks.md keeps both figures).
                    builder.Append(c switch { 'I' => "י", 'O' or 'U' => "ו", _ => "" });
                }

                i++;
                continue;
            }

            var (latin, letters) = HebrewConsonants.First(row => string.CompareOrdinal(word, i, row.Latin, 0, row.Latin.Length) == 0);
            builder.Append(letters);
            i += latin.Length;
        }

        var text = builder.ToString();
        return text.Length == 0 ? text : text[..^1] + text[^1] switch
        {
            'כ' => 'ך', 'מ' => 'ם', 'נ' => 'ן', 'פ' => 'ף', 'צ' => 'ץ', var other => other,
        };
    }
}
