using System.Globalization;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// Keys of re-screen plans: the lists key and the time planned. Every plan gets a key of its own, even one that returns
/// to lists planned before (a rollback): its partitions must be done again, not found done by the earlier plan.
/// </summary>
public static class PlanKeys
{
    public static string Of(string listsKey, DateTimeOffset at) =>
        $"{listsKey}-{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
}
