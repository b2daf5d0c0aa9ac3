namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>What ingesting one file did; <see cref="Problem"/> is set when it failed.</summary>
public sealed record IngestionResult(
    string Source,
    ListRefreshOutcome Outcome,
    string? VersionId = null,
    string? PreviousVersionId = null,
    ListCounts? Counts = null,
    ListDeltaSummary? Delta = null,
    ListProblem? Problem = null);
