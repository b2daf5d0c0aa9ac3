using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// A Devanagari word in Latin letters, read as Hindi reads it. Devanagari is an abugida: a consonant letter carries
/// the vowel A unless a vowel sign (matra) replaces it or a virama (्) silences it, and at the end of a word that
/// inherent A is not spoken (schwa deletion: "समीर" is SAMIR, not SAMIRA). AnyAscii writes the consonants bare, so
/// "हजि बशिर" (Haji Bashir) became HJI BSIR and missed HAJI BASHIR. The nukta (़) makes the sounds Hindi borrowed:
/// ज़ Z, फ़ F, क़ Q, ख़ KH, ग़ GH, ड़ R; the anusvara (ं) and candrabindu (ँ) are a nasal N, the visarga (ः) H.
/// </summary>
internal static class DevanagariReading
{
    private const char Virama = '\u094D';
    private const char Nukta = '\u093C';

    public static bool IsDevanagari(char c) => c is >= '\u0900' and <= '\u097F';

    /// <summary>A Devanagari character that belongs to a word: not the danda (।, ॥), which ends a clause.</summary>
    public static bool IsWordCharacter(char c) => IsDevanagari(c) && c is not '\u0964' and not '\u0965';

    public static string Read(string word) => Read(word, bareJaIsZ: false);

    /// <summary>
    /// The word's other reading where it has one: ज written without its nukta read Z, as Hindi writers often drop the
    /// nukta of ज़ ("नूरजै" for NOORZAI); null when the word has no bare ज.
    /// </summary>
    public static string? ReadWithZ(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == 'ज' && (i + 1 >= word.Length || word[i + 1] != Nukta))
            {
                return Read(word, bareJaIsZ: true);
            }
        }

        return null;
    }

    private static string Read(string word, bool bareJaIsZ)
    {
        var builder = new StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (Consonant(c) is { } consonant)
            {
                var next = i + 1;
                if (next < word.Length && word[next] == Nukta)
                {
                    consonant = WithNukta(c) ?? consonant;
                    next++;
                }

                builder.Append(bareJaIsZ && consonant == "J" && c == 'ज' ? "Z" : consonant);
                i = next - 1;
                var following = next < word.Length ? word[next] : '\0';
                // The inherent vowel: spoken unless a matra or virama follows, or the word ends here.
                if (next < word.Length && following != Virama && VowelSign(following) is null && IsDevanagari(following))
                {
                    builder.Append('A');
                }

                continue;
            }

            builder.Append(c switch
            {
                Virama or Nukta => string.Empty,
                '\u0902' or '\u0901' => "N", // anusvara, candrabindu
                '\u0903' => "H", // visarga
                >= '\u0966' and <= '\u096F' => ((char)('0' + (c - '\u0966'))).ToString(),
                (>= 'A' and <= 'Z') or (>= '0' and <= '9') => c.ToString(),
                _ => VowelSign(c) ?? IndependentVowel(c) ?? string.Empty,
            });
        }

        return builder.ToString();
    }

    private static string? Consonant(char c) => c switch
    {
        'क' => "K", 'ख' => "KH", 'ग' => "G", 'घ' => "GH", 'ङ' => "NG",
        'च' => "CH", 'छ' => "CHH", 'ज' => "J", 'झ' => "JH", 'ञ' => "NY",
        'ट' => "T", 'ठ' => "TH", 'ड' => "D", 'ढ' => "DH", 'ण' => "N",
        'त' => "T", 'थ' => "TH", 'द' => "D", 'ध' => "DH", 'न' => "N",
        'प' => "P", 'फ' => "PH", 'ब' => "B", 'भ' => "BH", 'म' => "M",
        'य' => "Y", 'र' => "R", 'ल' => "L", 'ळ' => "L", 'व' => "V",
        'श' => "SH", 'ष' => "SH", 'स' => "S", 'ह' => "H",
        '\u0958' => "Q", '\u0959' => "KH", '\u095A' => "GH", '\u095B' => "Z", // precomposed nukta letters
        '\u095C' => "R", '\u095D' => "RH", '\u095E' => "F", '\u095F' => "Y",
        _ => null,
    };

    private static string? WithNukta(char c) => c switch
    {
        'क' => "Q", 'ख' => "KH", 'ग' => "GH", 'ज' => "Z", 'ड' => "R", 'ढ' => "RH", 'फ' => "F", 'य' => "Y",
        _ => null,
    };

    private static string? VowelSign(char c) => c switch
    {
        'ा' => "A", 'ि' => "I", 'ी' => "I", 'ु' => "U", 'ू' => "U", 'ृ' => "RI",
        'े' => "E", 'ै' => "AI", 'ो' => "O", 'ौ' => "AU", 'ॅ' => "E", 'ॉ' => "O",
        _ => null,
    };

    private static string? IndependentVowel(char c) => c switch
    {
        'अ' => "A", 'आ' => "A", 'इ' => "I", 'ई' => "I", 'उ' => "U", 'ऊ' => "U", 'ऋ' => "RI",
        'ए' => "E", 'ऐ' => "AI", 'ओ' => "O", 'औ' => "AU", 'ऍ' => "E", 'ऑ' => "O",
        _ => null,
    };
}
