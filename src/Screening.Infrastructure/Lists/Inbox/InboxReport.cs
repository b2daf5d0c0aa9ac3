using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Infrastructure.Lists.Inbox;

/// <summary>The JSON written beside a moved upload: processed/{name}.result.json or rejected/{name}.error.json.</summary>
public sealed record InboxReport(
    string File,
    string? Source,
    ListRefreshOutcome Outcome,
    DateTimeOffset At,
    string? VersionId = null,
    string? PreviousVersionId = null,
    ListCounts? Counts = null,
    ListDeltaSummary? Delta = null,
    ListProblem? Error = null);
