using System.Globalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// One line of an alignment: a query token and the listed token it was paired with (either may be null
/// when unmatched), their similarity, the rarity weight that entered the score, and why they were paired.
/// </summary>
public sealed record TokenAlignment(string? QueryToken, string? ListedToken, double Similarity, double Weight, TokenMatchKind Kind)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{QueryToken ?? "-",-16} {ListedToken ?? "-",-16} {Similarity:0.000} {Kind,-19} w={Weight:0.00}");
}
