using System.Text.RegularExpressions;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// A notice number as published: "12", "*1", "#3", "2(*39)", "1(*186)". The leading number is the
/// entry's number on its sheet; "#" and "*" are the MOF's markers, explained by each sheet's note row.
/// </summary>
internal sealed partial record MofNoticeNumber(string Number, IReadOnlyList<string> Flags, string Published)
{
    public static MofNoticeNumber? Parse(string published)
    {
        var text = MofCellText.Normalize(published).Trim();
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var flags = new List<string>();
        foreach (var marker in new[] { "#", "*" })
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                flags.Add(marker);
            }
        }

        return new MofNoticeNumber(match.Groups["number"].Value, flags, text);
    }

    [GeneratedRegex(@"^[#*\s]*(?<number>\d+)")]
    private static partial Regex Pattern();
}
