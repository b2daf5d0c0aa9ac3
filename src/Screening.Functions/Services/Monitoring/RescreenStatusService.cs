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
        return plan is null ? null : RescreenView.From(plan, SubjectPartition.Count, await plans.ProgressAsync(plan.Key, cancellationToken));
    }

    /// <summary>Re-screens every subject against the lists served now; 503 while this instance cannot screen or still catches up with the active lists.</summary>
    public async Task<ServiceOutcome<RescreenView>> RequestAsync(string reason, string? requestedBy, CancellationToken cancellationToken)
    {
        if (!await planner.CheckAsync($"requested by {requestedBy ?? "an admin"}: {reason}", cancellationToken))
        {
            return ServiceProblem.Unavailable(ProblemCodes.ListsUnavailable, "This instance does not serve the active lists right now (none loaded, stale, or catching up with an activation); retry shortly.");
        }

        return (await CurrentAsync(cancellationToken))!;
    }
}
