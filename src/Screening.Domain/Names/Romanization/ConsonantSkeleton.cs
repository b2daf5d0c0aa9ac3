using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// A phonetic key: the first sound, then consonants grouped into classes that transliterations swap
/// (B/P, F/V, C/G/K/Q, D/T, S/Z, M, N, L, R, J), vowels and H/W/Y dropped, repeats collapsed.
/// It lets "MHMD" (Arabic script through AnyAscii, which writes no short vowels: words the Arabic name dictionary does
/// not know) meet "MUHAMMAD", and
/// "TSCHERNOW" meet "CHERNOV". Deliberately coarse: it only proposes candidates and gives a floor similarity.
/// </summary>
internal static class ConsonantSkeleton
{
    public static string For(string key)
    {
        var builder = new StringBuilder(key.Length);
        var previous = '\0';
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var mapped = Classify(c);
            if (i == 0 && mapped == '\0')
            {
                // The first sound is kept: a vowel as 'A' (vowels swap between systems), H, W or Y as itself.
                mapped = c is 'A' or 'E' or 'I' or 'O' or 'U' ? 'A' : c;
            }

            if (mapped != '\0' && mapped != previous)
            {
                builder.Append(mapped);
            }

            if (mapped != '\0')
            {
                previous = mapped;
            }
        }

        return builder.ToString();
    }

    private static char Classify(char c) => c switch
    {
        'B' or 'P' => 'P',
        'F' or 'V' => 'F',
        'C' or 'G' or 'K' or 'Q' => 'K',
        'D' or 'T' => 'T',
        'S' or 'Z' => 'S',
        'X' => 'X',
        'J' => 'J',
        'M' => 'M',
        'N' => 'N',
        'L' => 'L',
        'R' => 'R',
        >= '0' and <= '9' => c,
        _ => '\0',
    };
}
