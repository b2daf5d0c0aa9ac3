using System.Globalization;
using Screening.Domain.Model;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>OFSI dates are dd/mm/yyyy, with "00" for an unknown day or month ("00/00/1980").</summary>
internal static class OfsiDates
{
    public static PartialDate? Partial(string? text)
    {
        var parts = text?.Trim().Split('/');
        if (parts is not [var day, var month, var year]
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1000 || y > 9999
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 12
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (m == 0)
        {
            return new PartialDate(y);
        }

        return d == 0 || d > DateTime.DaysInMonth(y, m) ? new PartialDate(y, m) : new PartialDate(y, m, d);
    }

    public static DateOnly? Full(string? text) =>
        Partial(text) is { Month: int m, Day: int d } date ? new DateOnly(date.Year, m, d) : null;
}
