using Screening.LocalHost.Blobs;

namespace Screening.LocalHost.Tests.Blobs;

public sealed class BlobPathPatternTests
{
    [Theory]
    [InlineData("list-inbox/{name}", "sdn.csv", "name", "sdn.csv")]
    [InlineData("list-inbox/{name}", "acme/watchlist.csv", "name", "acme/watchlist.csv")]
    [InlineData("samples/{name}.csv", "people.csv", "name", "people")]
    public void Binds_tokens_from_a_matching_blob(string path, string blob, string token, string expected)
    {
        var pattern = BlobPathPattern.Parse(path);
        Assert.Equal(expected, pattern.Match(blob)![token]);
    }

    [Fact]
    public void Does_not_match_a_blob_outside_the_pattern() =>
        Assert.Null(BlobPathPattern.Parse("samples/{name}.csv").Match("people.xml"));

    [Fact]
    public void Lists_by_the_literal_prefix()
    {
        var pattern = BlobPathPattern.Parse("inbox/incoming/{name}");
        Assert.Equal(("inbox", "incoming/"), (pattern.Container, pattern.Prefix));
    }

    [Theory]
    [InlineData("no-slash")]
    [InlineData("container/")]
    public void Rejects_a_path_without_container_and_pattern(string path) =>
        Assert.Throws<FormatException>(() => BlobPathPattern.Parse(path));
}
