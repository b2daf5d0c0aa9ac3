using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacCommon;

/// <summary>
/// OFAC's written dates of birth, shared by every OFAC format: "01 Jan 1970", "Jan 1970", "1970",
/// "circa 1970", "1968 to 1970", "01 Jan 1970 to 31 Dec 1970", "circa 1968-1970".
/// "circa" keeps the year as given and stays in <see cref="DateOfBirth.Text"/>.
/// </summary>
internal static class OfacDateText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOfBirth? ParseDateOfBirth(string text)
    {
        var wording = text.Trim().TrimEnd('.').Trim();
        var body = wording.StartsWith("circa ", StringComparison.OrdinalIgnoreCase) ? wording[6..].Trim() : wording;

        var separator = body.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (separator < 0 && body.Length == 9 && body[4] == '-')
        {
            separator = 4;
        }

        if (separator >= 0)
        {
            var fromText = body[..separator];
            var toText = body[(separator + (body[separator] == '-' ? 1 : 4))..];
            return ParsePartialDate(fromText) is { } from && ParsePartialDate(toText) is { } to
                ? new DateOfBirth(from, to, wording)
                : null;
        }

        return ParsePartialDate(body) is { } date ? new DateOfBirth(date, null, wording) : null;
    }

    /// <summary>"01 Jan 1970", "Jan 1970", "1970" or ISO "1970-01-01".</summary>
    public static PartialDate? ParsePartialDate(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts.Length)
        {
            case 1 when parts[0].Length == 4 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                return CalendarDates.Partial(year);
            case 1 when DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso):
                return new PartialDate(iso.Year, iso.Month, iso.Day);
            case 2 when MonthOf(parts[0]) is int month && Year(parts[1]) is int year:
                return new PartialDate(year, month);
            case 3 when int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                        && MonthOf(parts[1]) is int month && Year(parts[2]) is int year && CalendarDates.IsValid(year, month, day):
                return new PartialDate(year, month, day);
            default:
                return null;
        }
    }

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0 ? year : null;

    private static int? MonthOf(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Months, text[..3].ToLowerInvariant());
        return index >= 0 ? index + 1 : null;
    }
}
