using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Contracts;

/// <summary>
/// The current re-screen: what it screens against, why, whether all its work is queued, and how far it got.
/// <see cref="Everyone"/>: the plan screens every subject against everything (an admin request); otherwise each
/// partition against what changed since it was last screened, and <see cref="PartitionsInFull"/> counts the partitions
/// done that were screened against everything all the same (no usable base: first re-screen, engine or thresholds changed,
/// base version no longer stored).
/// </summary>
public sealed record RescreenView(string Plan, string Versions, string Reason, bool Enqueued, DateTimeOffset PlannedAt, int Partitions, int PartitionsDone, long SubjectsScreened,
    bool Everyone, int PartitionsInFull)
{
    public static RescreenView From(RescreenPlan plan, int partitions, RescreenProgress progress)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        return new RescreenView(plan.Key, plan.Versions, plan.Reason, plan.Enqueued, plan.UpdatedAt, partitions, progress.Partitions, progress.Subjects, plan.Everyone, progress.PartitionsInFull);
    }
}

/// <summary>Body of the admin <c>POST /v1/monitoring/rescreen</c>.</summary>
public sealed record RescreenRequest(string? Reason);
