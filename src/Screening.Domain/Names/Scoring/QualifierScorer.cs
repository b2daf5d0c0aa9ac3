using System.Globalization;
using Screening.Domain.Model;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Date of birth and country as qualifiers: a year of birth inside one of the entity's dates (or ranges)
/// raises the score, a year outside all of them lowers it; a query country among the entity's countries
/// raises it, one outside them lowers it. Anything missing on either side is neutral.
/// </summary>
internal static class QualifierScorer
{
    public static void Apply(NameQuery query, EntityQualifiers qualifiers, NameMatchingOptions options, List<ScoreAdjustment> adjustments)
    {
        if (query.DateOfBirth is { } dob && qualifiers.DatesOfBirth.Count > 0)
        {
            var match = qualifiers.DatesOfBirth.FirstOrDefault(d => Covers(d, dob));
            var listed = string.Join(", ", qualifiers.DatesOfBirth.Select(Describe));
            adjustments.Add(match is not null
                ? new ScoreAdjustment($"date of birth {dob} matches listed {Describe(match)}", options.DateOfBirthMatchBonus)
                : new ScoreAdjustment($"date of birth {dob} differs from listed {listed}", -options.DateOfBirthMismatchPenalty));
        }

        if (query.Country is { } country && qualifiers.Countries.Count > 0)
        {
            var code = country.ToUpperInvariant();
            var listed = string.Join(", ", qualifiers.Countries);
            adjustments.Add(qualifiers.Countries.Contains(code)
                ? new ScoreAdjustment($"country {code} is among listed {listed}", options.CountryMatchBonus)
                : new ScoreAdjustment($"country {code} is not among listed {listed}", -options.CountryMismatchPenalty));
        }
    }

    private static bool Covers(DateOfBirth listed, PartialDate query)
    {
        var to = listed.To ?? listed.From;
        if (query.Year < listed.From.Year || query.Year > to.Year)
        {
            return false;
        }

        // Same single year: month and day must agree where both sides give them.
        if (listed.To is null)
        {
            if (query.Month is { } m && listed.From.Month is { } lm && m != lm)
            {
                return false;
            }

            if (query.Day is { } d && listed.From.Day is { } ld && d != ld && query.Month == listed.From.Month)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(DateOfBirth dob) =>
        dob.To is null ? dob.From.ToString() : string.Create(CultureInfo.InvariantCulture, $"{dob.From}..{dob.To}");
}
