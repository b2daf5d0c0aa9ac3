using System.Globalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>A change to the name score after alignment: a qualifier (date of birth, country) or a weak-alias factor.</summary>
public sealed record ScoreAdjustment(string Reason, double Delta)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Delta:+0.000;-0.000} {Reason}");
}
