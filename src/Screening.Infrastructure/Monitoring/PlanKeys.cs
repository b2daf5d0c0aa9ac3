using System.Globalization;

namespace Screening.Infrastructure.Monitoring;

/// <summary>Keys of re-screen plans: a change of lists is planned under its lists key; an admin request under that key and the time asked.</summary>
public static class PlanKeys
{
    public static string Forced(string listsKey, DateTimeOffset at) =>
        $"{listsKey}-{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
}
