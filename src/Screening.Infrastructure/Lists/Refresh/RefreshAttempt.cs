using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>One refresh or upload of a source and what came of it.</summary>
public sealed record RefreshAttempt(
    string Source,
    DateTimeOffset At,
    ListRefreshOutcome Outcome,
    string? VersionId = null,
    string? Error = null,
    string Trigger = "refresh");
