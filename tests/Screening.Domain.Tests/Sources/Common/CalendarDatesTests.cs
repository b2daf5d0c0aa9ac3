using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Tests.Sources.Common;

public sealed class CalendarDatesTests
{
    [Theory]
    [InlineData(1970, null, null)]
    [InlineData(1970, 12, null)]
    [InlineData(1970, 1, 31)]
    [InlineData(2000, 2, 29)] // leap year (divisible by 400)
    [InlineData(2024, 2, 29)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Parts_on_the_calendar_are_a_date(int year, int? month, int? day)
    {
        Assert.True(CalendarDates.IsValid(year, month, day));
        Assert.Equal(new PartialDate(year, month, day), CalendarDates.Partial(year, month, day));
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(10000, null, null)]
    [InlineData(-5, null, null)]
    [InlineData(1970, 13, null)]
    [InlineData(1970, 0, null)]
    [InlineData(1970, 2, 30)]
    [InlineData(1900, 2, 29)] // not a leap year (divisible by 100, not 400)
    [InlineData(2023, 2, 29)]
    [InlineData(1970, 4, 31)]
    [InlineData(1970, 1, 0)]
    [InlineData(1970, 1, 32)]
    [InlineData(1970, null, 12)] // a day without its month places nothing
    [InlineData(1970, 13, 1)]
    public void Parts_off_the_calendar_are_no_date(int year, int? month, int? day)
    {
        Assert.False(CalendarDates.IsValid(year, month, day));
        Assert.Null(CalendarDates.Partial(year, month, day));
    }
}
