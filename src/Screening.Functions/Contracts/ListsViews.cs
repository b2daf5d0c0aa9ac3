using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Functions.Contracts;

/// <summary>Response of <c>GET /v1/lists</c>.</summary>
public sealed record ListsResponse(IReadOnlyList<ListStatusView> Lists)
{
    public static ListsResponse From(IEnumerable<ListSummary> summaries) => new([.. summaries.Select(ListStatusView.From)]);
}

public sealed record ListStatusView(string Source, bool Configured, bool Enabled, ActiveVersionView? Active, RefreshAttemptView? LastRefresh, DateTimeOffset? LastConfirmedAt, IReadOnlyList<ActiveVersionView> Held)
{
    public static ListStatusView From(ListSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ListStatusView(
            summary.Source,
            summary.Configured,
            summary.Enabled,
            summary.Active is null ? null : ActiveVersionView.From(summary.Active),
            summary.LastAttempt is { } attempt ? new RefreshAttemptView(attempt.At, attempt.Outcome, attempt.Error, attempt.VersionId, attempt.Trigger, attempt.Reason, attempt.RequestedBy) : null,
            summary.LastConfirmedAt,
            [.. summary.Held.Select(ActiveVersionView.From)]);
    }
}

public sealed record ActiveVersionView(string Version, string? Format, DateTimeOffset? PublishedAt, DateTimeOffset LoadedAt, DateTimeOffset? ActivatedAt, ListCounts Counts)
{
    public static ActiveVersionView From(ListVersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new ActiveVersionView(version.VersionId, version.Format?.ToString(), version.PublishedAt, version.LoadedAt, version.ActivatedAt, version.Counts);
    }
}

/// <summary>The last attempt; <c>reason</c> and <c>requestedBy</c> (the person or application of the bearer token that asked) are an approval's or a rollback's.</summary>
public sealed record RefreshAttemptView(DateTimeOffset AttemptedAt, ListRefreshOutcome Outcome, string? Detail, string? Version, string Trigger, string? Reason, string? RequestedBy);

/// <summary>Response of <c>POST /v1/lists/refresh</c>: what happened to each source.</summary>
public sealed record RefreshResponse(IReadOnlyList<RefreshResultView> Results)
{
    public static RefreshResponse From(IEnumerable<IngestionResult> results) =>
        new([.. results.Select(r => new RefreshResultView(r.Source, r.Outcome, r.Problem?.Message, r.VersionId, r.Counts, r.Delta))]);
}

public sealed record RefreshResultView(string Source, ListRefreshOutcome Outcome, string? Detail, string? Version, ListCounts? Counts, ListDeltaSummary? Delta);
