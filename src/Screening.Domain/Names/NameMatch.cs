using Screening.Domain.Model;

namespace Screening.Domain.Names;

/// <summary>A listed entity that matches a query, with the name that matched best and why.</summary>
public sealed record NameMatch(SanctionedEntity Entity, EntityName MatchedName, double Score, NameMatchExplanation Explanation)
{
    public override string ToString() => $"{Entity.Id} {Score:0.000} \"{MatchedName.Value}\"";
}
