namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// Per source (table ListSourceState, PK "state", RK source): the download validators for the next
/// conditional GET, the last attempt, and when the source was last confirmed current.
/// </summary>
public sealed record SourceState(
    string Source,
    string? ETag,
    DateTimeOffset? LastModified,
    RefreshAttempt? LastAttempt,
    DateTimeOffset? LastConfirmedAt);
