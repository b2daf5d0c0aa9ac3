using Screening.Domain.Model;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Tests.Sources.OfacCommon;

public sealed class OfacDateTextTests
{
    [Theory]
    [InlineData("01 Jan 1970", 1970, 1, 1, null, null, null)]
    [InlineData("Jan 1970", 1970, 1, null, null, null, null)]
    [InlineData("1970", 1970, null, null, null, null, null)]
    [InlineData("1970.", 1970, null, null, null, null, null)]
    [InlineData("circa 1970", 1970, null, null, null, null, null)]
    [InlineData("1968 to 1970", 1968, null, null, 1970, null, null)]
    [InlineData("circa 1968-1970", 1968, null, null, 1970, null, null)]
    [InlineData("01 Jan 1960 to 31 Dec 1962", 1960, 1, 1, 1962, 12, 31)]
    [InlineData("Mar 1970 to Feb 1971", 1970, 3, null, 1971, 2, null)]
    public void Reads_OFAC_date_of_birth_wording(string text, int year, int? month, int? day, int? toYear, int? toMonth, int? toDay)
    {
        var dob = OfacDateText.ParseDateOfBirth(text);

        Assert.NotNull(dob);
        Assert.Equal(new PartialDate(year, month, day), dob.From);
        Assert.Equal(toYear is int y ? new PartialDate(y, toMonth, toDay) : null, dob.To);
        Assert.Equal(text.TrimEnd('.'), dob.Text);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("31 Feb 1970")]
    [InlineData("29 Feb 1900")]
    [InlineData("0000")]
    [InlineData("0000 to 1970")]
    [InlineData("")]
    public void Leaves_unreadable_wording_unparsed(string text) => Assert.Null(OfacDateText.ParseDateOfBirth(text));
}
