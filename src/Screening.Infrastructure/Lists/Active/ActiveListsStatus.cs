namespace Screening.Infrastructure.Lists.Active;

/// <summary>The served lists' state for the HTTP layer: 503 lists.unavailable / lists.stale, or the versions to cite.</summary>
public sealed record ActiveListsStatus(
    ActiveListsState State,
    IReadOnlyList<ListVersionInfo> Versions,
    DateTimeOffset? LastSuccessfulCheck,
    DateTimeOffset? OldestConfirmation,
    string? LastError,
    DateTimeOffset? LastErrorAt);
