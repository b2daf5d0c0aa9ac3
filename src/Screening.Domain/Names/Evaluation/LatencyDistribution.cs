namespace Screening.Domain.Names.Evaluation;

/// <summary>Single-thread latency of plain searches over the evaluation queries, in microseconds.</summary>
public sealed record LatencyDistribution(double QueriesPerSecond, double P50Microseconds, double P99Microseconds, double MaxMicroseconds);
