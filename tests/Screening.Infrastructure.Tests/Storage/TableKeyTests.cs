using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("ofac-sdn:36", "ofac-sdn:36")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("Ünïcödé", "Ünïcödé")]
    public void Escapes_only_what_table_keys_forbid_and_round_trips(string value, string expected)
    {
        var key = TableKey.Escape(value);

        Assert.Equal(expected, key);
        Assert.Equal(value, TableKey.Unescape(key));
    }

    [Fact]
    public void Literal_doubles_quotes_for_filters() => Assert.Equal("'O''Brien'", TableKey.Literal("O'Brien"));
}
