using Microsoft.Azure.Functions.Worker;

namespace Screening.LocalHost.TestApp;

public sealed class Tick(InvocationLog log)
{
    [Function(nameof(Tick))]
    public void Run([TimerTrigger("%TestApp:TickSchedule%", RunOnStartup = true)] TimerInfo timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        log.Ticks.Enqueue(timer.ScheduleStatus?.Last.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "startup");
    }
}
