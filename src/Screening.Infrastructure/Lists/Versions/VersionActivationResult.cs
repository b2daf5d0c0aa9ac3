using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Infrastructure.Lists.Versions;

/// <summary>
/// An operator's activation and what came of it. <see cref="Detail"/> says why it was refused; when
/// activated, <see cref="Trigger"/> is "approval" (a held version) or "rollback" (a superseded one).
/// </summary>
public sealed record VersionActivationResult(
    VersionActivationOutcome Outcome,
    string Source,
    string VersionId,
    string Detail,
    string? Trigger = null,
    string? PreviousVersionId = null,
    DateTimeOffset? ActivatedAt = null,
    ListCounts? Counts = null,
    ListDeltaSummary? Delta = null);
