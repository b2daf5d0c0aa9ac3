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

    /// <summary>
    /// The distance when it is at most <paramref name="limit"/>, else <paramref name="limit"/> + 1 (callers only ask
    /// whether two tokens are within a budget, and how far inside it). Only the band of cells within
    /// <paramref name="limit"/> of the diagonal is computed: a cell further off costs more than the limit on any path
    /// through it, so the cells inside the band that are within the limit come out exact; the rest count as over it.
    /// </summary>
    public static int Compute(string left, string right, int limit)
    {
        if (Math.Abs(left.Length - right.Length) > limit)
        {
            return limit + 1;
        }

        var over = limit + 1;
        var width = right.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= left.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(right.Length, i + limit);
            current[0] = Math.Min(i, over);
            current[from - 1] = from > 1 ? over : current[0];
            var rowMinimum = current[from - 1];
            for (var j = from; j <= to; j++)
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
                return over;
            }

            // The next row reads one cell right of this row's band: it is over the limit.
            if (to < right.Length)
            {
                current[to + 1] = over;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[width - 1], over);
    }
}
