using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.LocalHost.Tests.Timers;

public sealed class TimerTriggerTests(TestAppHostFixture host) : IClassFixture<TestAppHostFixture>
{
    [Fact]
    public async Task The_timer_runs_on_start_up_and_then_on_its_schedule()
    {
        using var client = host.CreateClient(TestAppHostFixture.MasterKey);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int ticks;
        do
        {
            await Task.Delay(250);
            ticks = (await client.GetFromJsonAsync<JsonElement>("admin/invocations")).GetProperty("ticks").GetInt32();
        }
        while (ticks < 3 && DateTime.UtcNow < deadline);

        // One run at start-up plus at least two from the one-second schedule.
        Assert.True(ticks >= 3, $"expected at least 3 timer runs, saw {ticks}");
    }
}
