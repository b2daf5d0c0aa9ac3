using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Versions;

namespace Screening.Functions.Contracts;

/// <summary>Response of <c>GET /v1/lists/{source}/versions</c>: every stored version, newest first.</summary>
public sealed record ListVersionsResponse(string Source, string? ActiveVersion, IReadOnlyList<StoredVersionView> Versions)
{
    public static ListVersionsResponse From(SourceVersionHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new ListVersionsResponse(history.Source, history.ActiveVersionId, [.. history.Versions.Select(StoredVersionView.From)]);
    }
}

/// <summary>
/// One stored version: <c>error</c> says why it failed or is held, <c>notActivatableReason</c> why it cannot be
/// activated, <c>rolledBackAt</c>/<c>rolledBackReason</c> when and why an operator rolled back from it, <c>delta</c> what
/// its first activation changed against the version served before.
/// </summary>
public sealed record StoredVersionView(
    string Version,
    ListVersionStatus Status,
    bool Active,
    bool CanActivate,
    string? NotActivatableReason,
    string? Format,
    DateTimeOffset? PublishedAt,
    DateTimeOffset LoadedAt,
    DateTimeOffset? ActivatedAt,
    ListCounts Counts,
    string? ContentHash,
    string? FileName,
    string? Error,
    DateTimeOffset? RolledBackAt,
    string? RolledBackReason,
    ListDeltaSummary? Delta)
{
    public static StoredVersionView From(ListVersionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var record = entry.Record;
        return new StoredVersionView(
            record.VersionId,
            entry.Status,
            entry.IsActive,
            entry.CanActivate,
            entry.NotActivatable,
            record.Format?.ToString(),
            record.PublishedAt,
            record.LoadedAt,
            record.ActivatedAt,
            ListCounts.Of(record),
            string.IsNullOrEmpty(record.ContentHash) ? null : record.ContentHash,
            record.FileName,
            record.Error,
            record.RolledBackAt,
            record.RolledBackReason,
            record.Delta);
    }
}

/// <summary>Body of <c>POST /v1/lists/{source}/versions/{versionId}/activate</c> (or <c>?reason=</c> without a body).</summary>
public sealed record ActivateVersionRequest(string? Reason);

/// <summary>Response of a successful activation: which version is served now, instead of which, and why.</summary>
public sealed record ActivateVersionResponse(
    string Source,
    string Version,
    string Trigger,
    string? PreviousVersion,
    DateTimeOffset? ActivatedAt,
    string Reason,
    ListCounts? Counts,
    ListDeltaSummary? Delta,
    string Detail)
{
    public static ActivateVersionResponse From(VersionActivationResult result, string reason)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ActivateVersionResponse(
            result.Source, result.VersionId, result.Trigger ?? string.Empty, result.PreviousVersionId, result.ActivatedAt, reason, result.Counts, result.Delta, result.Detail);
    }
}
