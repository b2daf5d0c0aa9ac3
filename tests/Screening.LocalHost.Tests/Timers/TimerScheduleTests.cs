using Microsoft.Extensions.Configuration;
using Screening.LocalHost.Timers;

namespace Screening.LocalHost.Tests.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 * * * *", "2026-11-25T13:00:00+00:00")] // six fields, with seconds: hourly
    [InlineData("*/30 * * * * *", "2026-11-25T12:00:30+00:00")]
    [InlineData("*/5 * * * *", "2026-11-25T12:05:00+00:00")] // five-field cron
    [InlineData("00:10:00", "2026-11-25T12:10:00+00:00")] // TimeSpan interval
    public void Next_follows_the_schedule(string expression, string expected)
    {
        var schedule = TimerSchedule.Parse(expression, new ConfigurationBuilder().Build());
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.Next(Noon));
    }

    [Fact]
    public void A_percent_setting_is_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Lists:RefreshSchedule"] = "0 15 * * * *" }).Build();
        var schedule = TimerSchedule.Parse("%Lists:RefreshSchedule%", configuration);
        Assert.Equal("0 15 * * * *", schedule.Expression);
        Assert.Equal(Noon.AddMinutes(15), schedule.Next(Noon));
    }

    [Fact]
    public void A_missing_setting_fails_with_its_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Parse("%Nope:Schedule%", new ConfigurationBuilder().Build()));
        Assert.Contains("Nope:Schedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_expression_is_rejected() =>
        Assert.ThrowsAny<FormatException>(() => TimerSchedule.Parse("every hour", new ConfigurationBuilder().Build()));
}
