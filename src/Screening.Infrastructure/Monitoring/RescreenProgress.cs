namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// How far a plan got: partitions done, subjects screened in them, and how many of those partitions were screened
/// against everything (the plan asked for it, or the partition had no usable base) rather than against a delta.
/// </summary>
public sealed record RescreenProgress(int Partitions, long Subjects, int PartitionsInFull);
