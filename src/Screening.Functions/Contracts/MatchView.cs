using Screening.Domain.Model;

namespace Screening.Functions.Contracts;

/// <summary>One listed entity that matched, with the evidence: what matched and why.</summary>
public sealed record MatchView(
    string EntityId,
    string Name,
    EntityType Type,
    string Source,
    IReadOnlyList<string> Programs,
    double Score,
    MatchedOn MatchedOn,
    string MatchedValue,
    object Explanation);

public enum MatchedOn
{
    Address,
    Name,
}
