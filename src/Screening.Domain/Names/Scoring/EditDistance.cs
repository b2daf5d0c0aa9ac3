namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), the count of typing errors
/// between two tokens, and the number of errors a token of a given length may carry and still be "the same".
/// </summary>
internal static class EditDistance
{
    public static int Allowed(int length) => length switch
    {
        <= 4 => 1,
        <= 8 => 2,
        _ => 3,
    };

    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it is known to exceed the limit.</summary>
    public static int Compute(string left, string right, int limit)
    {
        if (Math.Abs(left.Length - right.Length) > limit)
        {
            return limit + 1;
        }

        var width = right.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[width - 1];
    }
}
