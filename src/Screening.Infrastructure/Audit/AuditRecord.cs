namespace Screening.Infrastructure.Audit;

/// <summary>
/// What compliance record-keeping needs of one screening (one batch item is one record): who asked what, when,
/// against which list versions and engine, and what the answer was.
/// </summary>
public sealed record AuditRecord(
    string RequestId,
    int ItemIndex,
    string? ItemId,
    DateTimeOffset ScreenedAt,
    string? Caller,
    string Kind,
    string Input,
    string NormalizedInput,
    string ListVersions,
    string EngineVersion,
    string Result,
    IReadOnlyList<AuditedMatch> TopMatches);

/// <summary>One of the best matches as recorded: enough to find the evidence again in the archived list version.</summary>
public sealed record AuditedMatch(string EntityId, string Name, double Score, string MatchedOn, string MatchedValue);
