using System.Text.RegularExpressions;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 5b, after case folding: "M/V" and "M.V." (motor vessel), "M/T" and "M.T." (motor tanker) become one token
/// ("MV", "MT"), which the weak-token step marks as a vessel prefix; split, they would be two initials.
/// </summary>
internal static partial class VesselPrefixStep
{
    public static string Apply(string upper) =>
        upper.Contains('M', StringComparison.Ordinal) ? Prefix().Replace(upper, "M$1 ") : upper;

    [GeneratedRegex(@"(?<![A-Z0-9])M[/.]([VT])\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
