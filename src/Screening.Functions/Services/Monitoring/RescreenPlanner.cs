using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Notices that the lists subjects are screened against changed (an activation of any kind, an engine or threshold
/// change) and plans one re-screen: the first instance to claim the plan row (by ETag) enqueues one message per subject
/// partition, and the queue-triggered <c>RescreenPartition</c> does the work wherever the platform runs it. An instance
/// plans only when the lists it serves are the ones the active pointers name, so a lagging instance never plans an old set.
/// </summary>
public sealed partial class RescreenPlanner(
    IActiveIndex activeIndex,
    ListVersionStore versions,
    RescreenPlanStore plans,
    RescreenDispatcher dispatcher,
    NameMatchingOptions matching,
    IOptions<MonitoringOptions> options,
    TimeProvider clock,
    ILogger<RescreenPlanner> logger) : BackgroundService
{
    /// <summary>One check: plans (or resumes) a re-screen when one is due. True when it enqueued work.</summary>
    public async Task<bool> CheckAsync(string? forcedReason, CancellationToken cancellationToken) =>
        await PlanAsync(forcedReason, cancellationToken) == PlanOutcome.Planned;

    /// <summary>
    /// As <see cref="CheckAsync"/>, saying why nothing was planned: nothing due, this instance cannot plan (it cannot
    /// screen, or does not serve the active lists yet), or another instance changed the plan between this one's read
    /// and its claim (<see cref="PlanOutcome.Superseded"/>: the current plan is theirs).
    /// </summary>
    public async Task<PlanOutcome> PlanAsync(string? forcedReason, CancellationToken cancellationToken)
    {
        var state = activeIndex.Current;
        if (ScreeningAvailability.Problem(state) is not null)
        {
            return PlanOutcome.NotServing;
        }

        var listsKey = ListsKey.Of(state, matching);
        var (current, etag) = await plans.GetCurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (forcedReason is null && current is not null && current.ListsKey == listsKey)
        {
            if (current.Enqueued || now - current.UpdatedAt < options.Value.StalePlanAfter)
            {
                return PlanOutcome.NothingDue;
            }

            // Claimed but never marked enqueued: the planner died in between. Messages are idempotent, so enqueue again.
            LogResuming(logger, current.Key);
            return await ClaimAndEnqueueAsync(current with { UpdatedAt = now }, etag, cancellationToken);
        }

        if (!await ServesActivePointersAsync(state, cancellationToken))
        {
            return PlanOutcome.NotServing;
        }

        var reason = forcedReason ?? (current is null ? "first plan" : $"lists changed from {current.Versions}");
        var key = PlanKeys.Of(listsKey, now);
        // A plan that replaces one still screening everyone screens everyone too: its partitions not yet done would
        // otherwise get only a delta, and what the admin asked for would be left half done.
        var everyone = forcedReason is not null
                       || (current is { Everyone: true } && (await plans.ProgressAsync(current.Key, cancellationToken)).Partitions < SubjectPartition.Count);
        return await ClaimAndEnqueueAsync(new RescreenPlan(key, listsKey, ListsKey.Versions(state), reason, false, now, everyone, now), etag, cancellationToken);
    }

    /// <summary>Whether <paramref name="plan"/> screens against the lists, engine and thresholds this instance serves now.</summary>
    public bool ServesListsOf(RescreenPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var state = activeIndex.Current;
        return ScreeningAvailability.Problem(state) is null && ListsKey.Of(state, matching) == plan.ListsKey;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PlanCheckInterval, clock);
        try
        {
            do
            {
                try
                {
                    await CheckAsync(null, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Storage down or restarting: the next tick tries again; the plan row says what is still to do.
                    LogCheckFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task<bool> ServesActivePointersAsync(ActiveIndexState state, CancellationToken cancellationToken)
    {
        var pointers = await versions.GetPointersAsync(cancellationToken);
        return pointers.Count == state.Lists.Count
               && state.Lists.All(l => pointers.TryGetValue(l.Source, out var pointer) && pointer.VersionId == l.Version);
    }

    private async Task<PlanOutcome> ClaimAndEnqueueAsync(RescreenPlan plan, Azure.ETag expected, CancellationToken cancellationToken)
    {
        if (!await plans.TrySetCurrentAsync(plan, expected, cancellationToken))
        {
            return PlanOutcome.Superseded;
        }

        await dispatcher.EnqueuePlanAsync(plan, cancellationToken);
        var (stored, etag) = await plans.GetCurrentAsync(cancellationToken);
        if (stored?.Key == plan.Key)
        {
            await plans.TrySetCurrentAsync(stored with { Enqueued = true, UpdatedAt = clock.GetUtcNow() }, etag, cancellationToken);
        }

        LogPlanned(logger, plan.Key, plan.Versions, plan.Reason);
        return PlanOutcome.Planned;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} planned against {Versions} ({Reason})")]
    private static partial void LogPlanned(ILogger logger, string planKey, string versions, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-screen {PlanKey} was claimed but not enqueued; enqueueing it again")]
    private static partial void LogResuming(ILogger logger, string planKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-screen plan check failed; retrying on the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}

/// <summary>What one planning check did.</summary>
public enum PlanOutcome
{
    Planned,
    NothingDue,
    NotServing,
    Superseded,
}
