using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>Reads the current re-screen and its progress, and plans one on an admin's request.</summary>
public sealed class RescreenStatusService(RescreenPlanStore plans, RescreenPlanner planner)
{
    public async Task<RescreenView?> CurrentAsync(CancellationToken cancellationToken)
    {
        var (plan, _) = await plans.GetCurrentAsync(cancellationToken);
        return plan is null ? null : await ViewAsync(plan, cancellationToken);
    }

    /// <summary>
    /// Re-screens every subject against everything served now. When another instance planned at the same moment, the
    /// answer says what happened: its plan (202) when it also screens everyone against the same lists, else 409 naming
    /// it, since this request was not planned. 503 while this instance cannot screen or still catches up with the active lists.
    /// </summary>
    public async Task<ServiceOutcome<RescreenView>> RequestAsync(string reason, string? requestedBy, CancellationToken cancellationToken)
    {
        var outcome = await planner.PlanAsync($"requested by {requestedBy ?? "an admin"}: {reason}", cancellationToken);
        var (current, _) = await plans.GetCurrentAsync(cancellationToken);
        switch (outcome)
        {
            case PlanOutcome.Planned:
                return await ViewAsync(current!, cancellationToken);
            case PlanOutcome.Superseded when current is { Everyone: true } winner && planner.ServesListsOf(winner):
                return await ViewAsync(winner, cancellationToken);
            case PlanOutcome.Superseded:
                return new ServiceProblem(409, ProblemCodes.RescreenConflict,
                    $"Another re-screen was planned at the same moment ({current?.Key ?? "since replaced"}: {current?.Reason ?? "unknown"}, against {current?.Versions ?? "unknown lists"}); it does not re-screen everyone against the lists served here, so this request was not planned. Send it again to re-screen everyone.");
            default:
                return ServiceProblem.Unavailable(ProblemCodes.ListsUnavailable, "This instance does not serve the active lists right now (none loaded, stale, or catching up with an activation); retry shortly.");
        }
    }

    private async Task<RescreenView> ViewAsync(RescreenPlan plan, CancellationToken cancellationToken) =>
        RescreenView.From(plan, SubjectPartition.Count, await plans.ProgressAsync(plan.Key, cancellationToken));
}
