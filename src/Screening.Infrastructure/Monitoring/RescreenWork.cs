namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// One queue message of a re-screen: screen the active subjects of <see cref="Partition"/> for plan
/// <see cref="PlanKey"/>, against the lists it was planned for (<see cref="ListsKey"/>: versions, engine, thresholds):
/// against what changed since the partition was last screened, or against everything when <see cref="Everyone"/>.
/// <see cref="PlannedAt"/> orders plans; messages enqueued before it existed carry none.
/// </summary>
public sealed record RescreenWork(string PlanKey, string ListsKey, int Partition, string Reason, bool Everyone = false, DateTimeOffset? PlannedAt = null);
