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

        Span<bool> leftMatched = stackalloc bool[left.Length];
        Span<bool> rightMatched = stackalloc bool[right.Length];
        return JaroCore(left, right, leftMatched, rightMatched);
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
