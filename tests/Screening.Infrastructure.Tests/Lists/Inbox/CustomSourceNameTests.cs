using Screening.Infrastructure.Lists.Inbox;

namespace Screening.Infrastructure.Tests.Lists.Inbox;

public sealed class CustomSourceNameTests
{
    [Theory]
    [InlineData("acme.csv", "custom:acme")]
    [InlineData("team/ACME Watchlist.v2.csv", "custom:acme-watchlist")]
    [InlineData("Internal__Block List (2026).csv", "custom:internal-block-list-2026")]
    [InlineData("Ünïcode.csv", "custom:n-code")]
    public void Derives_a_safe_lowercase_name_from_the_file_name(string blobName, string expected) =>
        Assert.Equal(expected, CustomSourceName.FromFileName(blobName));

    [Theory]
    [InlineData(".csv")]
    [InlineData("___.csv")]
    public void Gives_no_name_when_the_file_name_has_no_usable_characters(string blobName) =>
        Assert.Null(CustomSourceName.FromFileName(blobName));
}
