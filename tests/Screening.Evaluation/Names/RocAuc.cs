namespace Screening.Evaluation.Names;

/// <summary>Area under the ROC curve as the Mann-Whitney probability that a positive outscores a negative (ties count half).</summary>
public static class RocAuc
{
    public static double Compute(IReadOnlyList<double> positives, IReadOnlyList<double> negatives)
    {
        ArgumentNullException.ThrowIfNull(positives);
        ArgumentNullException.ThrowIfNull(negatives);
        if (positives.Count == 0 || negatives.Count == 0)
        {
            throw new ArgumentException("ROC-AUC needs at least one positive and one negative score.");
        }

        var sortedNegatives = negatives.Order().ToArray();
        double wins = 0;
        foreach (var p in positives)
        {
            var below = LowerBound(sortedNegatives, p);
            var notAbove = UpperBound(sortedNegatives, p);
            wins += below + (0.5 * (notAbove - below));
        }

        return wins / ((double)positives.Count * negatives.Count);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
