using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>One stored version of a source (table ListVersions, PK source, RK versionId).</summary>
public sealed record ListVersionRecord
{
    public required string Source { get; init; }
    public required string VersionId { get; init; }
    public required ListVersionStatus Status { get; init; }
    public required string ContentHash { get; init; }
    public required DateTimeOffset LoadedAt { get; init; }
    public ListFormat? Format { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? ActivatedAt { get; init; }
    public int? DeclaredCount { get; init; }
    public int ParsedCount { get; init; }
    public int EntityCount { get; init; }
    public int NameCount { get; init; }
    public int AddressCount { get; init; }

    /// <summary>Entity partitions the rows were written to (fixed per version, so reading never depends on current options).</summary>
    public int Shards { get; init; } = 1;

    public string? FileName { get; init; }
    public string? Error { get; init; }

    /// <summary>
    /// When an operator rolled back from this version to another one. Until it is activated explicitly
    /// again, a refresh or upload of the same content does not bring it back.
    /// </summary>
    public DateTimeOffset? RolledBackAt { get; init; }

    /// <summary>The reason the operator gave for rolling back from this version.</summary>
    public string? RolledBackReason { get; init; }

    /// <summary>
    /// What this version changed against the version served before it, at its first activation (a rollback to it later
    /// keeps this one). Absent until activated, when the version before could not be read, and for versions activated
    /// before the summary was kept with the version.
    /// </summary>
    public Ingestion.ListDeltaSummary? Delta { get; init; }
}
