using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Similarity of two tokens in [0, 1]: exact spelling 1; same romanization key
/// <see cref="NameMatchingOptions.RomanizationVariantSimilarity"/>; otherwise the best Jaro-Winkler of the
/// spellings and of the keys, raised to <see cref="NameMatchingOptions.SkeletonSimilarity"/> when the consonant
/// skeletons agree; anything under <see cref="NameMatchingOptions.TokenSimilarityFloor"/> is 0. Tokens with
/// digits (vessel and hull numbers) match only exactly.
/// </summary>
internal static class TokenSimilarity
{
    public static (double Similarity, TokenMatchKind Kind) Compare(NameToken query, NameToken listed, NameMatchingOptions options)
    {
        if (query.Text == listed.Text)
        {
            return (1.0, TokenMatchKind.Exact);
        }

        if (query.HasDigits || listed.HasDigits)
        {
            return (0.0, TokenMatchKind.Unmatched);
        }

        if (query.Key == listed.Key)
        {
            return (options.RomanizationVariantSimilarity, TokenMatchKind.RomanizationVariant);
        }

        var similarity = Math.Max(
            JaroWinkler.Similarity(query.Text, listed.Text),
            JaroWinkler.Similarity(query.Key, listed.Key));
        var kind = TokenMatchKind.Fuzzy;
        if (similarity < options.SkeletonSimilarity && query.Skeleton.Length >= 2 && query.Skeleton == listed.Skeleton)
        {
            similarity = options.SkeletonSimilarity;
            kind = TokenMatchKind.Phonetic;
        }

        // Very short tokens: one letter apart is a different word ("ALI" / "ALA"), not a typo.
        if (kind == TokenMatchKind.Fuzzy && Math.Min(query.Text.Length, listed.Text.Length) <= 3)
        {
            similarity = Math.Min(similarity, options.TokenSimilarityFloor - 0.01);
        }

        return similarity < options.TokenSimilarityFloor ? (0.0, TokenMatchKind.Unmatched) : (similarity, kind);
    }
}
