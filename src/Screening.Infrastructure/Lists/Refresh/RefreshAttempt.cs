using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// One refresh, upload, approval or rollback of a source and what came of it; an operator's activation
/// carries the reason given and the caller (the key's name) that asked for it.
/// </summary>
public sealed record RefreshAttempt(
    string Source,
    DateTimeOffset At,
    ListRefreshOutcome Outcome,
    string? VersionId = null,
    string? Error = null,
    string Trigger = "refresh",
    string? Reason = null,
    string? RequestedBy = null);
