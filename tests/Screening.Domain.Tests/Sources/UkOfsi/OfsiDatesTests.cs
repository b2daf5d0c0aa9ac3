using Screening.Domain.Model;
using Screening.Domain.Sources.UkOfsi;

namespace Screening.Domain.Tests.Sources.UkOfsi;

public sealed class OfsiDatesTests
{
    [Theory]
    [InlineData("01/01/10000")] // past DateOnly's range: no date rather than an exception from the calendar
    [InlineData("31/13/1970")]
    [InlineData("1970")]
    [InlineData("")]
    public void Text_that_is_no_date_gives_none(string text) => Assert.Null(OfsiDates.Partial(text));

    [Theory]
    [InlineData("00/00/1958", 1958, null, null)]
    [InlineData("00/07/1958", 1958, 7, null)]
    [InlineData("31/02/1958", 1958, 2, null)]
    [InlineData("14/07/1958", 1958, 7, 14)]
    public void Unknown_parts_written_00_stay_unknown(string text, int year, int? month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), OfsiDates.Partial(text));
}
