using System.Globalization;
using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Names;

/// <summary>
/// Why a name matched, stable and printable: the listed name used, the token alignment with per-token
/// similarity and weight, the name score from the alignment, and each adjustment that led to the final score.
/// </summary>
public sealed record NameMatchExplanation(
    string MatchedName,
    bool IsAlias,
    NameStrength Strength,
    IReadOnlyList<TokenAlignment> Alignment,
    double NameScore,
    IReadOnlyList<ScoreAdjustment> Adjustments,
    double FinalScore)
{
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture,
            $"matched {(IsAlias ? "alias" : "primary name")} \"{MatchedName}\" ({Strength.ToString().ToLowerInvariant()})");
        builder.AppendLine();
        foreach (var line in Alignment)
        {
            builder.Append("  ").Append(line).AppendLine();
        }

        builder.Append(CultureInfo.InvariantCulture, $"  name score {NameScore:0.000}").AppendLine();
        foreach (var adjustment in Adjustments)
        {
            builder.Append("  ").Append(adjustment).AppendLine();
        }

        builder.Append(CultureInfo.InvariantCulture, $"  final score {FinalScore:0.000}");
        return builder.ToString();
    }
}
