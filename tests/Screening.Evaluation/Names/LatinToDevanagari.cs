using System.Text;

namespace Screening.Evaluation.Names;

/// <summary>
/// Writes one Latin word in Devanagari as Hindi writes foreign names: a consonant carries the vowel after it as a
/// sign (matra; A is the inherent vowel, but a final A is ा), a vowel that starts a syllable is written as its own
/// letter, a consonant with no vowel after it takes the virama (्) inside the word and nothing at its end. Test harness only (<see cref="LatinToScript"/>).
/// </summary>
internal static class LatinToDevanagari
{
    // Z is ज़ (ज with nukta), as Hindi prints loanwords and foreign names; writing it as a bare ज, as the table did until
    // 2026-11-30, made the evaluation credit the engine's bare-ज-as-Z key with the generator's own spelling.
    private static readonly (string Latin, string Letter)[] Consonants =
    [
        ("CHH", "छ"), ("KH", "ख"), ("GH", "घ"), ("CH", "च"), ("JH", "झ"), ("TH", "थ"), ("DH", "ध"), ("PH", "फ"), ("BH", "भ"),
        ("SH", "श"), ("ZH", "झ"), ("TS", "त्स"),
        ("B", "ब"), ("C", "क"), ("D", "द"), ("F", "फ"), ("G", "ग"), ("H", "ह"), ("J", "ज"), ("K", "क"), ("L", "ल"),
        ("M", "म"), ("N", "न"), ("P", "प"), ("Q", "क"), ("R", "र"), ("S", "स"), ("T", "त"), ("V", "व"), ("W", "व"),
        ("X", "क्स"), ("Y", "य"), ("Z", "ज़"),
    ];

    /// <summary>Vowel groups: (Latin, independent letter, sign after a consonant; empty for the inherent A).</summary>
    private static readonly (string Latin, string Letter, string Sign)[] Vowels =
    [
        ("AA", "आ", "ा"), ("AI", "ऐ", "ै"), ("AU", "औ", "ौ"), ("OU", "औ", "ौ"), ("EE", "ई", "ी"), ("II", "ई", "ी"),
        ("OO", "ऊ", "ू"), ("UU", "ऊ", "ू"),
        ("A", "अ", ""), ("E", "ए", "े"), ("I", "इ", "ि"), ("O", "ओ", "ो"), ("U", "उ", "ु"),
    ];

    private const char Virama = '्';

    public static string Write(string word)
    {
        var builder = new StringBuilder(word.Length * 2);
        var afterConsonant = false;
        for (var i = 0; i < word.Length;)
        {
            var vowel = Array.Find(Vowels, row => string.CompareOrdinal(word, i, row.Latin, 0, row.Latin.Length) == 0);
            if (vowel.Latin is not null)
            {
                // A final A after a consonant is written ा: Hindi reads a bare final consonant without its vowel
                // (schwa deletion: समीर SAMIR), so RAZA is रज़ा, not रज.
                var finalA = afterConsonant && vowel.Latin == "A" && i + 1 == word.Length;
                builder.Append(finalA ? "ा" : afterConsonant ? vowel.Sign : vowel.Letter);
                afterConsonant = false;
                i += vowel.Latin.Length;
                continue;
            }

            if (afterConsonant)
            {
                builder.Append(Virama);
            }

            var (latin, letter) = Consonants.First(row => string.CompareOrdinal(word, i, row.Latin, 0, row.Latin.Length) == 0);
            builder.Append(letter);
            afterConsonant = true;
            i += latin.Length;
        }

        // No virama at the end of a word: Hindi never writes one there, a bare final consonant is already read without
        // its vowel (the table wrote समिर् for SAMIR until 2026-11-30; docs/benchmarks.md keeps both figures).
        return builder.ToString();
    }
}
