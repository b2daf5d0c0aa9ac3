using System.Globalization;
using System.Text.RegularExpressions;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// Every date form in the MOF workbook: Excel date cells, Excel serial numbers stored as plain numbers
/// ("16358" = 1944-10-13), "1938年", "1941年8月20日", "1955年-1958年頃", "2009.7.24 / 2022.8.3改訂".
/// English parts of a cell repeat the Japanese ones, so only the numeric forms are read.
/// </summary>
internal static partial class MofDates
{
    /// <summary>Excel's serial range: 1 is 1900-01-01, 2958465 is 9999-12-31.</summary>
    private const double LastSerial = 2958465;

    public static bool IsSerial(double value) => value >= 1 && value <= LastSerial;

    public static PartialDate FromDateTime(DateTime value) => new(value.Year, value.Month, value.Day);

    public static PartialDate FromSerial(double serial)
    {
        var date = DateTime.FromOADate(Math.Floor(serial));
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>Every date written in the text, in order, without repeats; ranges as one date with an end.</summary>
    public static IReadOnlyList<DateOfBirth> InText(string text)
    {
        var normalized = MofCellText.Normalize(text);
        var dates = new List<DateOfBirth>();
        foreach (Match match in DatePattern().Matches(normalized))
        {
            var date = Read(match);
            if (date is not null && !dates.Contains(date))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    /// <summary>The first full date in the text (the original notice date before any "改訂" revisions).</summary>
    public static DateOnly? FirstFullDate(string text) =>
        InText(text).Select(date => date.From).FirstOrDefault(date => date is { Month: not null, Day: not null }) is { } first
            ? new DateOnly(first.Year, first.Month!.Value, first.Day!.Value)
            : null;

    private static DateOfBirth? Read(Match match)
    {
        var circa = match.Groups["circa"].Success ? match.Value.Trim() : null;
        if (match.Groups["rangeFrom"].Success)
        {
            // A range that ends before it starts is a typing error: no date rather than a wrong one (as EU FSF).
            return CalendarDates.Partial(Year(match, "rangeFrom")) is { } from && CalendarDates.Partial(Year(match, "rangeTo")) is { } to && from.Year <= to.Year
                ? new DateOfBirth(from, to, match.Value.Trim())
                : null;
        }

        var year = Year(match, "year");
        int? month = match.Groups["month"].Success ? Number(match, "month") : null;
        int? day = match.Groups["day"].Success ? Number(match, "day") : null;
        return CalendarDates.Partial(year, month, day) is { } date ? new DateOfBirth(date, Text: circa) : null;
    }

    private static int Year(Match match, string group) => Number(match, group);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // Ranges first ("1955年-1958年頃"), then Japanese full / year-month / year, then dotted or slashed numeric dates.
    // [0-9], not \d: .NET's \d also takes digits of other scripts, which int.Parse then refuses.
    [GeneratedRegex(@"(?<rangeFrom>(1[89]|20)[0-9][0-9])\s*年?\s*(-|~|〜|～|から)\s*(?<rangeTo>(1[89]|20)[0-9][0-9])\s*年(?<circa>\s*頃)?|(?<year>(1[89]|20)[0-9][0-9])\s*(年\s*((?<month>[0-9]{1,2})\s*月\s*((?<day>[0-9]{1,2})\s*日)?)?|[./](?<month>[0-9]{1,2})[./](?<day>[0-9]{1,2}))(?<circa>\s*頃)?")]
    private static partial Regex DatePattern();
}
