namespace Screening.Evaluation.Names;

/// <summary>
/// Single-thread latency of plain searches over the evaluation queries, in microseconds.
/// <paramref name="CpuMicrosecondsPerQuery"/> is the process CPU time per query (search thread plus runtime
/// threads such as the GC): unlike wall-clock latency it does not grow when other jobs take the cores.
/// </summary>
public sealed record LatencyDistribution(double QueriesPerSecond, double CpuMicrosecondsPerQuery, double P50Microseconds, double P99Microseconds, double MaxMicroseconds);
