using System.Numerics;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// What <see cref="TokenSimilarity.Compare(NameToken, in TokenTraits, NameToken, in TokenTraits, NameMatchingOptions)"/>
/// asks of one token, read once: a query token meets hundreds of listed tokens and a listed token the tokens of every
/// query, and these checks (a scan for digits, a scan for vowels, a hash of the key in the Arabic name dictionary) were
/// repeated for every pair. Built for each query token by <see cref="QueryContext"/> and for each listed token by the
/// vocabulary.
/// </summary>
internal readonly record struct TokenTraits(bool HasDigits, bool IsVowelless, bool IsDictionaryNameKey, int LetterCount)
{
    public static TokenTraits Of(NameToken token) => new(
        token.HasDigits,
        TokenSimilarity.IsVowelless(token),
        ArabicNameDictionaryStep.IsNameKey(token.Key),
        BitOperations.PopCount(token.Letters));
}
