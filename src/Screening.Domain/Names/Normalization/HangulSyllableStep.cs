using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6e: a Hangul syllable becomes the token of its McCune–Reischauer spelling (<see cref="HangulRomanization"/>),
/// with the syllable as its text, the way an Arabic dictionary word keeps its Arabic text: "김" compares as "KIM", so
/// it is a romanization variant (0.96) of the listed "KIM" and of "GIM", and exact only against "김" itself.
/// </summary>
internal static class HangulSyllableStep
{
    public static bool Applies(string word) => word.Length == 1 && HangulRomanization.IsSyllable(word[0]);

    public static NameToken Apply(string word)
    {
        var spelling = HangulRomanization.McCuneReischauer(word[0]);
        var key = RomanizationKey.For(spelling);
        return new NameToken(word, key, ConsonantSkeleton.For(key), TokenRole.Regular) { Spelling = spelling };
    }
}
