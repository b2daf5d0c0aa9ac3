namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Optimal one-to-one assignment maximizing total gain (Kuhn-Munkres with potentials, O(n²m)).
/// Names have few tokens, so this is cheap and, unlike greedy alignment, never pairs a token badly
/// because a neighbour grabbed its best partner first. Works on a row-major gain matrix without allocating
/// for the usual sizes.
/// </summary>
internal static class HungarianAssignment
{
    private const int StackLimit = 256;

    /// <summary>Returns, for each row, the assigned column or -1; rows may outnumber columns either way.</summary>
    public static int[] Maximize(double[,] gain)
    {
        var rows = gain.GetLength(0);
        var columns = gain.GetLength(1);
        var flat = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                flat[(i * columns) + j] = gain[i, j];
            }
        }

        var assignment = new int[rows];
        Maximize(flat, rows, columns, assignment);
        return assignment;
    }

    /// <summary>Fills <paramref name="assignment"/> (one entry per row) with the assigned column or -1.</summary>
    public static void Maximize(ReadOnlySpan<double> gain, int rows, int columns, Span<int> assignment)
    {
        assignment[..rows].Fill(-1);
        if (rows == 1 || columns == 1)
        {
            SingleLine(gain, rows, columns, assignment);
            return;
        }

        var transposed = rows > columns;
        var n = transposed ? columns : rows;
        var m = transposed ? rows : columns;
        var size = m + 1;
        Span<double> u = size <= StackLimit ? stackalloc double[size] : new double[size];
        Span<double> v = size <= StackLimit ? stackalloc double[size] : new double[size];
        Span<double> minv = size <= StackLimit ? stackalloc double[size] : new double[size];
        Span<int> p = size <= StackLimit ? stackalloc int[size] : new int[size];
        Span<int> way = size <= StackLimit ? stackalloc int[size] : new int[size];
        Span<bool> used = size <= StackLimit ? stackalloc bool[size] : new bool[size];
        u.Clear();
        v.Clear();
        p.Clear();
        way.Clear();

        // Potentials algorithm on a cost matrix (1-based), cost = -gain.
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            minv.Fill(double.PositiveInfinity);
            used.Clear();
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cost = -(transposed ? gain[((j - 1) * columns) + (i0 - 1)] : gain[((i0 - 1) * columns) + (j - 1)]);
                    var current = cost - u[i0] - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        for (var j = 1; j <= m; j++)
        {
            if (p[j] == 0)
            {
                continue;
            }

            if (transposed)
            {
                assignment[j - 1] = p[j] - 1;
            }
            else
            {
                assignment[p[j] - 1] = j - 1;
            }
        }
    }

    /// <summary>One row or one column: the optimum is simply its largest gain.</summary>
    private static void SingleLine(ReadOnlySpan<double> gain, int rows, int columns, Span<int> assignment)
    {
        if (rows == 1)
        {
            var bestColumn = 0;
            for (var j = 1; j < columns; j++)
            {
                if (gain[j] > gain[bestColumn])
                {
                    bestColumn = j;
                }
            }

            assignment[0] = bestColumn;
            return;
        }

        var bestRow = 0;
        for (var i = 1; i < rows; i++)
        {
            if (gain[i * columns] > gain[bestRow * columns])
            {
                bestRow = i;
            }
        }

        assignment[bestRow] = 0;
    }
}
