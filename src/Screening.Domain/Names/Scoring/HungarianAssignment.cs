namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Optimal one-to-one assignment maximizing total gain (Kuhn-Munkres with potentials, O(n²m)).
/// Names have few tokens, so this is cheap and, unlike greedy alignment, never pairs a token badly
/// because a neighbour grabbed its best partner first.
/// </summary>
internal static class HungarianAssignment
{
    /// <summary>Returns, for each row, the assigned column or -1; rows may outnumber columns either way.</summary>
    public static int[] Maximize(double[,] gain)
    {
        var rows = gain.GetLength(0);
        var columns = gain.GetLength(1);
        if (rows == 1 || columns == 1)
        {
            return SingleLine(gain, rows, columns);
        }

        var transposed = rows > columns;
        var n = transposed ? columns : rows;
        var m = transposed ? rows : columns;

        // Potentials algorithm on a cost matrix (1-based), cost = -gain.
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Fill(used, false);
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

                    var cost = -(transposed ? gain[j - 1, i0 - 1] : gain[i0 - 1, j - 1]);
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

        var assignment = new int[rows];
        Array.Fill(assignment, -1);
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

        return assignment;
    }

    /// <summary>One row or one column: the optimum is simply its largest gain.</summary>
    private static int[] SingleLine(double[,] gain, int rows, int columns)
    {
        var assignment = new int[rows];
        Array.Fill(assignment, -1);
        if (rows == 1)
        {
            var bestColumn = 0;
            for (var j = 1; j < columns; j++)
            {
                if (gain[0, j] > gain[0, bestColumn])
                {
                    bestColumn = j;
                }
            }

            assignment[0] = bestColumn;
            return assignment;
        }

        var bestRow = 0;
        for (var i = 1; i < rows; i++)
        {
            if (gain[i, 0] > gain[bestRow, 0])
            {
                bestRow = i;
            }
        }

        assignment[bestRow] = 0;
        return assignment;
    }
}
