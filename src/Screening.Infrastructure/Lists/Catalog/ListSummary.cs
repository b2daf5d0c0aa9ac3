using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Infrastructure.Lists.Catalog;

/// <summary>One source as <c>GET /v1/lists</c> shows it: what is served, and how the last refresh or upload went.</summary>
public sealed record ListSummary(
    string Source,
    bool Configured,
    bool Enabled,
    ListVersionInfo? Active,
    RefreshAttempt? LastAttempt,
    DateTimeOffset? LastConfirmedAt,
    IReadOnlyList<ListVersionInfo> Held);
