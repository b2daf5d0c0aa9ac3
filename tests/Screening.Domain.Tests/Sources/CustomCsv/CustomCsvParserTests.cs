using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.CustomCsv;

namespace Screening.Domain.Tests.Sources.CustomCsv;

public sealed class CustomCsvParserTests
{
    private static ParsedList Parse(string content, bool withBom = false) =>
        new CustomCsvParser().Parse(CustomCsvBuilder.Input(content, withBom));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parses_the_documented_example_with_or_without_byte_order_mark(bool withBom)
    {
        var list = Parse(CustomCsvBuilder.File(CustomCsvBuilder.ExampleRows), withBom);

        Assert.Equal(3, list.Metadata.ParsedRecordCount);
        Assert.Equal(ListFormat.CustomCsv, list.Metadata.Format);
        var jane = list.Entities[0];
        Assert.Equal("custom:acme:C-001", jane.Id);
        Assert.Equal("custom:acme", jane.Source);
        Assert.Equal(EntityType.Individual, jane.Type);
        Assert.Equal("DOE, Jane Example", jane.PrimaryName.Value);
        Assert.Equal(["DOE, Jane Example", "J. Example Doe", "Janey Fictional"], jane.Names.Select(n => n.Value));
        Assert.Equal(
            [new DigitalCurrencyAddress("ETH", "0x0000000000000000000000000000000000000001"), new DigitalCurrencyAddress("XBT", "1ExampleExampleExampleExampleEx")],
            jane.DigitalCurrencyAddresses);
        Assert.Equal([new DateOfBirth(new PartialDate(1970, 1, 15), null, "1970-01-15")], jane.DatesOfBirth);
        Assert.Equal(["Atlantis"], jane.Nationalities);
        Assert.Equal(["INTERNAL-WATCH"], jane.Programs);
        Assert.Equal("Invented for tests, not a real person", jane.Remarks);

        var company = list.Entities[1];
        Assert.Equal([new DigitalCurrencyAddress(CustomCsvSchema.UnspecifiedAsset, "bc1qexampleexampleexampleexampleexample00")], company.DigitalCurrencyAddresses);
        Assert.Equal([new PostalAddress(Country: "Utopia")], company.Addresses);
        Assert.Equal(["INTERNAL-WATCH", "FRAUD"], company.Programs);
        Assert.Equal(EntityType.Vessel, list.Entities[2].Type);
    }

    [Fact]
    public void Columns_may_be_in_any_order_and_optional_ones_left_out()
    {
        var list = Parse("name,id,type\r\nFictional Person,X1,individual\r\n");

        Assert.Equal("custom:acme:X1", Assert.Single(list.Entities).Id);
    }

    [Theory]
    [InlineData("1970", 1970, null, null)]
    [InlineData("1970-02", 1970, 2, null)]
    [InlineData("1970-02-28", 1970, 2, 28)]
    public void Reads_dates_of_birth_at_the_precision_given(string text, int year, int? month, int? day)
    {
        var entity = Assert.Single(Parse(CustomCsvBuilder.File($"A,individual,Fictional Person,,,{text},,,")).Entities);

        Assert.Equal(new PartialDate(year, month, day), entity.DatesOfBirth[0].From);
    }

    [Theory]
    [InlineData("A,spaceship,Fictional,,,,,,", 2, "type")]
    [InlineData("A,individual,Fictional,,,1970-02-30,,,", 2, "date_of_birth")]
    [InlineData("A,individual,Fictional,,,70,,,", 2, "date_of_birth")]
    [InlineData("A,individual,,,,,,,", 2, "name")]
    [InlineData(",individual,Fictional,,,,,,", 2, "id")]
    public void A_bad_row_fails_naming_line_and_field(string row, long line, string field)
    {
        var error = Assert.Throws<ListParseException>(() => Parse(CustomCsvBuilder.File(row)));

        Assert.Equal("acme-watchlist.csv", error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Element);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_fails_naming_both_lines()
    {
        var error = Assert.Throws<ListParseException>(() => Parse(CustomCsvBuilder.File("A,individual,One,,,,,,", "B,entity,Two,,,,,,", "A,entity,Three,,,,,,")));

        Assert.Equal(4, error.Line);
        Assert.Contains("line 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_quoting_fails_with_the_line()
    {
        var error = Assert.Throws<ListParseException>(() => Parse(CustomCsvBuilder.File("A,individual,\"Fictional \"Quoted\" Person,,,,,,")));

        Assert.Equal("acme-watchlist.csv", error.FileName);
    }

    [Fact]
    public void A_header_without_the_required_columns_is_not_a_custom_list()
    {
        var input = CustomCsvBuilder.Input("id,name\r\nA,Fictional\r\n");

        Assert.False(new CustomCsvParser().Recognizes(input));
        Assert.Throws<ListParseException>(() => new CustomCsvParser().Parse(input));
    }

    [Fact]
    public void A_header_alone_is_refused()
    {
        var error = Assert.Throws<ListParseException>(() => Parse(CustomCsvBuilder.Header + "\r\n"));

        Assert.Contains("no entries", error.Reason, StringComparison.Ordinal);
    }
}
