using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Index;

/// <summary>One way to cut a token in two where a space may have been lost: each half's spelling and romanization key.</summary>
internal readonly record struct LostSpaceSplit(string LeftText, string LeftKey, string RightText, string RightKey)
{
    /// <summary>Whether two listed tokens are this split's halves, each by spelling or by key.</summary>
    public bool IsSpelledBy(string firstText, string firstKey, string secondText, string secondKey) =>
        (firstText == LeftText || firstKey == LeftKey) && (secondText == RightText || secondKey == RightKey);
}

/// <summary>
/// The split points of a query token the lists do not know, computed once per query and shared by the candidate
/// stage (<see cref="LostSpaceLookup"/>) and the scorer, so a join one proposes the other accepts: both compare each
/// half by spelling or by its own key ("MOHAMEDHAMED" is MOHAMMED by key and HAMED by spelling; the key of the
/// whole word is not the two keys put together). A half longer than every listed token cannot be one, so a very long
/// unknown token costs at most twice the longest listed token in halves, not the square of its own length.
/// </summary>
internal static class LostSpaceSplits
{
    /// <summary>Halves shorter than this are initials or particles: too common to prove a lost space.</summary>
    private const int ShortestHalf = 2;

    public static LostSpaceSplit[] Of(string spelling, int longestListedToken)
    {
        var length = spelling.Length;
        var first = Math.Max(ShortestHalf, length - longestListedToken);
        var last = Math.Min(length - ShortestHalf, longestListedToken);
        if (first > last)
        {
            return [];
        }

        var splits = new LostSpaceSplit[last - first + 1];
        for (var split = first; split <= last; split++)
        {
            var (left, right) = (spelling[..split], spelling[split..]);
            splits[split - first] = new LostSpaceSplit(left, RomanizationKey.For(left), right, RomanizationKey.For(right));
        }

        return splits;
    }
}
