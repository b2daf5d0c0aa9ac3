using Screening.Domain.Sources.MofExcel;

namespace Screening.Domain.Tests.Sources.MofExcel;

public sealed class MofDatesTests
{
    [Fact]
    public void The_date_forms_of_the_workbook_are_read()
    {
        var dates = MofDates.InText("1941年8月20日生 / 2009.7.24 / 2022.8.3改訂");

        Assert.Equal([(1941, 8, 20), (2009, 7, 24), (2022, 8, 3)], dates.Select(d => (d.From.Year, d.From.Month ?? 0, d.From.Day ?? 0)));
    }

    [Theory]
    [InlineData("١٩٤١年٨月٢٠日")] // Arabic-Indic digits, which NFKC leaves as they are
    [InlineData("१९४१年८月२०日")] // Devanagari digits
    public void Digits_of_other_scripts_are_no_date_rather_than_a_crash(string text) => Assert.Empty(MofDates.InText(text));

    [Fact]
    public void A_year_range_is_read_and_one_that_ends_before_it_starts_is_no_date()
    {
        var range = Assert.Single(MofDates.InText("1955年-1958年頃"));
        Assert.Equal((1955, 1958), (range.From.Year, range.To!.Year));

        Assert.Empty(MofDates.InText("2000年～1990年"));
    }
}
