using System.Globalization;
using Cronos;

namespace Screening.LocalHost.Timers;

/// <summary>
/// A timer trigger's schedule: six-field NCRONTAB (with seconds, as in Azure Functions), five-field cron,
/// or a TimeSpan interval. <c>%Setting%</c> is read from configuration first, as the Functions host does.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeSpan? _interval;

    private TimerSchedule(string expression, CronExpression? cron, TimeSpan? interval)
    {
        Expression = expression;
        _cron = cron;
        _interval = interval;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule.Trim();
        if (expression.Length > 2 && expression.StartsWith('%') && expression.EndsWith('%'))
        {
            var setting = expression[1..^1];
            expression = configuration[setting]
                ?? throw new InvalidOperationException($"Timer schedule refers to setting '{setting}', which is not configured.");
        }

        if (TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var interval) && expression.Contains(':', StringComparison.Ordinal))
        {
            return interval > TimeSpan.Zero
                ? new TimerSchedule(expression, null, interval)
                : throw new FormatException($"Timer interval '{expression}' must be positive.");
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return new TimerSchedule(expression, CronExpression.Parse(expression, format), null);
    }

    public DateTimeOffset? Next(DateTimeOffset after) =>
        _interval is { } interval ? after + interval : _cron!.GetNextOccurrence(after, TimeZoneInfo.Utc);
}
