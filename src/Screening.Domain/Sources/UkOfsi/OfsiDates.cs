using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// OFSI dates are dd/mm/yyyy, with "00" for an unknown day or month ("00/00/1980"). A day that is not in its month
/// ("31/02/1980") keeps the year and month, which the list does give; a month past 12 is no date.
/// </summary>
internal static class OfsiDates
{
    public static PartialDate? Partial(string? text)
    {
        var parts = text?.Trim().Split('/');
        if (parts is not [var day, var month, var year]
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1000
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (m == 0)
        {
            return CalendarDates.Partial(y);
        }

        return CalendarDates.Partial(y, m, d) ?? CalendarDates.Partial(y, m);
    }

    public static DateOnly? Full(string? text) =>
        Partial(text) is { Month: int m, Day: int d } date ? new DateOnly(date.Year, m, d) : null;
}
