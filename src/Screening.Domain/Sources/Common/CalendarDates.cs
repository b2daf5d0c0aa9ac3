using Screening.Domain.Model;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// The one calendar check every list parser applies to the date parts it read: a date that is not on the calendar
/// (month 13, 30 February, a day without a month, year 0 or past 9999) is no date, never a wrong one.
/// </summary>
internal static class CalendarDates
{
    /// <summary>True when the year exists (1–9999) and the month and day, where given, exist in it.</summary>
    public static bool IsValid(int year, int? month = null, int? day = null) =>
        year is >= 1 and <= 9999
        && month is null or (>= 1 and <= 12)
        && (day is null || (month is { } m && day >= 1 && day <= DateTime.DaysInMonth(year, m)));

    /// <summary>The partial date of these parts, or null when they are not on the calendar.</summary>
    public static PartialDate? Partial(int year, int? month = null, int? day = null) =>
        IsValid(year, month, day) ? new PartialDate(year, month, day) : null;
}
