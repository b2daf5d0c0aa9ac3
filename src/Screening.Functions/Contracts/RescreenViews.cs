using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Contracts;

/// <summary>The current re-screen: what it screens against, why, whether all its work is queued, and how far it got.</summary>
public sealed record RescreenView(string Plan, string Versions, string Reason, bool Enqueued, DateTimeOffset PlannedAt, int Partitions, int PartitionsDone, long SubjectsScreened)
{
    public static RescreenView From(RescreenPlan plan, int partitions, (int Partitions, long Subjects) progress)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new RescreenView(plan.Key, plan.Versions, plan.Reason, plan.Enqueued, plan.UpdatedAt, partitions, progress.Partitions, progress.Subjects);
    }
}

/// <summary>Body of the admin <c>POST /v1/monitoring/rescreen</c>.</summary>
public sealed record RescreenRequest(string? Reason);
