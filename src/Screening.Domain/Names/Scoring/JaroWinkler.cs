using System.Numerics;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Jaro-Winkler similarity (Winkler 1990): Jaro's matching-window similarity boosted by up to four
/// characters of common prefix with scaling factor 0.1. Allocation-free for tokens up to 64 characters.
/// </summary>
internal static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double Similarity(string left, string right)
    {
        if (ReferenceEquals(left, right) || left == right)
        {
            return 1.0;
        }

        if (left.Length == 0 || right.Length == 0)
        {
            return 0.0;
        }

        var jaro = Jaro(left, right);
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(left.Length, right.Length));
        while (prefix < limit && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1.0 - jaro));
    }

    private static double Jaro(string left, string right)
    {
        if (left.Length > 64 || right.Length > 64)
        {
            return JaroLong(left, right);
        }

        if (JaroOfLetters(left, right) is { } jaro)
        {
            return jaro;
        }

        Span<bool> leftMatched = stackalloc bool[left.Length];
        Span<bool> rightMatched = stackalloc bool[right.Length];
        return JaroCore(left, right, leftMatched, rightMatched);
    }

    /// <summary>
    /// <see cref="JaroCore"/> with the positions as bits of one word, for tokens of at most 64 letters A-Z (nearly every
    /// pair): where each letter occurs on the right is a mask, so finding a left letter's partner in its window is a few
    /// bit operations instead of a scan. The same partners are chosen (the first unmatched one in the window) and the
    /// same arithmetic follows, so the result is the same double. Null when the right side holds another character.
    /// </summary>
    private static double? JaroOfLetters(string left, string right)
    {
        Span<ulong> occurs = stackalloc ulong[26];
        for (var j = 0; j < right.Length; j++)
        {
            var letter = right[j] - 'A';
            if ((uint)letter >= 26)
            {
                return null;
            }

            occurs[letter] |= 1UL << j;
        }

        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        ulong leftMatched = 0;
        ulong rightMatched = 0;
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var letter = left[i] - 'A';
            var start = Math.Max(0, i - window);
            var end = Math.Min(right.Length - 1, i + window);
            // A character other than A-Z on the left has no partner: the right side holds only letters.
            if ((uint)letter >= 26 || start > end)
            {
                continue;
            }

            var span = end - start + 1;
            var inWindow = (span == 64 ? ulong.MaxValue : (1UL << span) - 1) << start;
            var partners = occurs[letter] & inWindow & ~rightMatched;
            if (partners != 0)
            {
                rightMatched |= 1UL << BitOperations.TrailingZeroCount(partners);
                leftMatched |= 1UL << i;
                matches++;
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        // The matched characters in order on both sides: a pair that differs is half a transposition.
        var transpositions = 0;
        while (leftMatched != 0)
        {
            if (left[BitOperations.TrailingZeroCount(leftMatched)] != right[BitOperations.TrailingZeroCount(rightMatched)])
            {
                transpositions++;
            }

            leftMatched &= leftMatched - 1;
            rightMatched &= rightMatched - 1;
        }

        double m = matches;
        return ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }

    private static double JaroLong(string left, string right) =>
        JaroCore(left, right, new bool[left.Length], new bool[right.Length]);

    private static double JaroCore(string left, string right, Span<bool> leftMatched, Span<bool> rightMatched)
    {
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(right.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = true;
                    rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (!leftMatched[i])
            {
                continue;
            }

            while (!rightMatched[k])
            {
                k++;
            }

            if (left[i] != right[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }
}
