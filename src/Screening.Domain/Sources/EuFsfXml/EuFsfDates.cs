using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.EuFsfXml;

/// <summary>
/// A <c>birthdate</c>: a full Gregorian date (<c>birthdate</c>, given even for Islamic-calendar entries),
/// a year with or without month and day, or a year range; <c>circa</c> and the remark are kept as text. Parts that are
/// not on the calendar (month 13, 30 February, a range that ends before it starts) are no date: like every parser,
/// it drops such a date rather than keep a wrong one.
/// </summary>
internal static class EuFsfDates
{
    public static DateOfBirth? BirthDate(XmlEntryNode birthdate)
    {
        var text = TextValues.JoinNonBlank("; ", [birthdate.Attribute("circa") == "true" ? "circa" : null, .. birthdate.Texts("remark")]);
        if (DateOnly.TryParseExact(birthdate.Attribute("birthdate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            return new DateOfBirth(new PartialDate(full.Year, full.Month, full.Day), Text: text);
        }

        if (Number(birthdate, "yearRangeFrom") is { } from && Number(birthdate, "yearRangeTo") is { } to)
        {
            return CalendarDates.Partial(from) is { } start && CalendarDates.Partial(to) is { } end && from <= to
                ? new DateOfBirth(start, end, text)
                : null;
        }

        // Without the Gregorian birthdate attribute, a year in another calendar cannot be placed.
        var gregorian = birthdate.Attribute("calendarType") is null or "" or "GREGORIAN";
        if (gregorian && Number(birthdate, "year") is { } year)
        {
            var month = Number(birthdate, "monthOfYear");
            return CalendarDates.Partial(year, month, month is null ? null : Number(birthdate, "dayOfMonth")) is { } date
                ? new DateOfBirth(date, Text: text)
                : null;
        }

        return null;
    }

    private static int? Number(XmlEntryNode node, string attribute) =>
        int.TryParse(node.Attribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
