using Screening.Domain.Model;

namespace Screening.Domain.Monitoring;

/// <summary>
/// A listed entity a subject scored at or above the review threshold against: the subject's best evidence for it
/// (a wallet address, score 1.0, or its best-scoring name) and the printable explanation of that evidence.
/// </summary>
public sealed record SubjectHit(SanctionedEntity Entity, double Score, SubjectMatchBasis MatchedOn, string SubjectValue, string ListedValue, string Explanation);

public enum SubjectMatchBasis
{
    Name,
    Address,
}
