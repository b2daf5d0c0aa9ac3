namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Hangul by rule: a syllable (U+AC00–U+D7A3) is decomposed arithmetically into its initial consonant, vowel and
/// final consonant (Unicode's 19 × 21 × 28 order) and each jamo romanized.
/// <para>
/// McCune–Reischauer as the DPRK and the lists write it: without breves or aspiration apostrophes (ŏ → O, ŭ → U,
/// ch'/k'/t'/p' → CH/K/T/P), ㅈ as J and ㄹ as R at the start of a syllable ("KIM Jong Un", "RI Pyong Chol",
/// "CHOE Ryong Hae"). That is the spelling a Hangul token is compared by. Revised Romanization (2000) differs in
/// the vowels ㅓ (EO) and ㅡ (EU) and in the plain stops (G/D/B for K/T/P); its spellings with EO or EU are
/// unmistakably Korean, so they become romanization variants of the McCune–Reischauer syllable
/// (<see cref="RevisedVariants"/>: "GWANG" stays a table row, "YEON" → "YON", "HYEOK" → "HYOK").
/// </para>
/// Sound changes across syllable boundaries are not applied: the lists write a Korean name one syllable per word
/// ("Kwang Yon", "Chong-chol"), and a Hangul query is one token per syllable too.
/// Sources: McCune &amp; Reischauer (1939); Ministry of Culture and Tourism, Revised Romanization of Korean (2000);
/// The Unicode Standard, ch. 3.12 (Hangul syllable decomposition).
/// </summary>
internal static class HangulRomanization
{
    private const char FirstSyllable = '\uAC00';
    private const char LastSyllable = '\uD7A3';
    private const int VowelCount = 21;
    private const int FinalCount = 28;

    private static readonly string[] McCuneReischauerInitials =
        ["K", "KK", "N", "T", "TT", "R", "M", "P", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P", "H"];

    private static readonly string[] RevisedInitials =
        ["G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P", "H"];

    private static readonly string[] McCuneReischauerVowels =
        ["A", "AE", "YA", "YAE", "O", "E", "YO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "U", "UI", "I"];

    private static readonly string[] RevisedVowels =
        ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "EU", "UI", "I"];

    /// <summary>Final consonants as pronounced at the end of a syllable; both systems agree on them.</summary>
    private static readonly string[] Finals =
        ["", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T"];

    public static bool IsSyllable(char c) => c is >= FirstSyllable and <= LastSyllable;

    public static string McCuneReischauer(char syllable) => Romanize(syllable, McCuneReischauerInitials, McCuneReischauerVowels);

    public static string Revised(char syllable) => Romanize(syllable, RevisedInitials, RevisedVowels);

    /// <summary>Every Revised Romanization syllable spelled with EO or EU, with its McCune–Reischauer form.</summary>
    public static IEnumerable<(string Canonical, string Variant)> RevisedVariants()
    {
        for (var c = FirstSyllable; c <= LastSyllable; c++)
        {
            var revised = Revised(c);
            if (revised.Contains("EO", StringComparison.Ordinal) || revised.Contains("EU", StringComparison.Ordinal))
            {
                yield return (McCuneReischauer(c), revised);
            }
        }
    }

    private static string Romanize(char syllable, string[] initials, string[] vowels)
    {
        if (!IsSyllable(syllable))
        {
            throw new ArgumentOutOfRangeException(nameof(syllable), syllable, "Not a precomposed Hangul syllable.");
        }

        var index = syllable - FirstSyllable;
        var initial = index / (VowelCount * FinalCount);
        var vowel = index % (VowelCount * FinalCount) / FinalCount;
        var final = index % FinalCount;
        return string.Concat(initials[initial], vowels[vowel], Finals[final]);
    }
}
