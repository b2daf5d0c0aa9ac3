using Microsoft.Azure.Functions.Worker;
using Screening.LocalHost.Invocation;

namespace Screening.LocalHost.Timers;

/// <summary>Runs one timer-triggered function on its schedule, and once at start-up when <c>runOnStartup</c> is set.</summary>
public sealed class TimerTriggerService(
    FunctionTarget function,
    TimerSchedule schedule,
    bool runOnStartup,
    FunctionInvoker invoker,
    TimeProvider clock,
    ILogger<TimerTriggerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Timer '{Function}' scheduled '{Schedule}'; run on start-up: {RunOnStartup}", function.Name, schedule.Expression, runOnStartup);
        DateTimeOffset? last = null;
        if (runOnStartup)
        {
            last = clock.GetUtcNow();
            await FireAsync(last.Value, isPastDue: false, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.Next(now) is not { } next)
            {
                return;
            }

            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // The previous run may have outlasted the interval; the host reports that as past due.
            var isPastDue = clock.GetUtcNow() - next > TimeSpan.FromSeconds(1);
            await FireAsync(next, isPastDue, stoppingToken);
            last = next;
        }
    }

    private async Task FireAsync(DateTimeOffset scheduled, bool isPastDue, CancellationToken stoppingToken)
    {
        var info = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus
            {
                Last = scheduled.UtcDateTime,
                Next = schedule.Next(scheduled)?.UtcDateTime ?? DateTime.MaxValue,
                LastUpdated = clock.GetUtcNow().UtcDateTime,
            },
        };
        try
        {
            await invoker.InvokeAsync(function, new InvocationArguments().Add(info).Add(stoppingToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Logged by the invoker; a failed run must not stop the schedule, as in Azure.
        }
    }
}
