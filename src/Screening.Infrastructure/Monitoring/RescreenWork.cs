namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// One queue message of a re-screen: screen every active subject of <see cref="Partition"/> for plan
/// <see cref="PlanKey"/>, against the lists it was planned for (<see cref="ListsKey"/>: versions, engine, thresholds).
/// </summary>
public sealed record RescreenWork(string PlanKey, string ListsKey, int Partition, string Reason);
