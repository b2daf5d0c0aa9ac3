using System.Xml;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.EuFsfXml;

namespace Screening.Domain.Tests.Sources.EuFsfXml;

public sealed class EuFsfDatesTests
{
    private static DateOfBirth? Read(string attributes)
    {
        using var reader = XmlReader.Create(new StringReader($"<birthdate {attributes} />"));
        reader.MoveToContent();
        return EuFsfDates.BirthDate(XmlEntryNode.Load(reader));
    }

    [Theory]
    [InlineData("birthdate=\"1970-02-28\"", "1970-02-28")]
    [InlineData("year=\"1970\"", "1970")]
    [InlineData("year=\"1970\" monthOfYear=\"2\"", "1970-02")]
    [InlineData("year=\"1970\" monthOfYear=\"2\" dayOfMonth=\"28\"", "1970-02-28")]
    [InlineData("year=\"2024\" monthOfYear=\"2\" dayOfMonth=\"29\"", "2024-02-29")]
    [InlineData("year=\"1970\" dayOfMonth=\"28\"", "1970")] // a day without its month is not read
    public void Parts_on_the_calendar_are_read(string attributes, string expected) =>
        Assert.Equal(expected, Read(attributes)!.From.ToString());

    [Theory]
    [InlineData("year=\"1970\" monthOfYear=\"13\"")]
    [InlineData("year=\"1970\" monthOfYear=\"13\" dayOfMonth=\"1\"")]
    [InlineData("year=\"1970\" monthOfYear=\"2\" dayOfMonth=\"30\"")]
    [InlineData("year=\"2023\" monthOfYear=\"2\" dayOfMonth=\"29\"")]
    [InlineData("year=\"1970\" monthOfYear=\"4\" dayOfMonth=\"31\"")]
    [InlineData("year=\"10000\"")]
    [InlineData("birthdate=\"1970-02-30\"")]
    [InlineData("birthdate=\"1970-13-01\"")]
    [InlineData("yearRangeFrom=\"1975\" yearRangeTo=\"1970\"")]
    [InlineData("yearRangeFrom=\"1970\" yearRangeTo=\"10000\"")]
    public void Parts_off_the_calendar_are_no_date_rather_than_a_wrong_one(string attributes) => Assert.Null(Read(attributes));

    [Fact]
    public void A_year_range_is_read_as_from_and_to()
    {
        var range = Read("yearRangeFrom=\"1968\" yearRangeTo=\"1970\" circa=\"true\"")!;
        Assert.Equal((new PartialDate(1968), new PartialDate(1970), "circa"), (range.From, range.To, range.Text));
    }
}
