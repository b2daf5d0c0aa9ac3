using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Infrastructure.Tests.Lists.Refresh;

public sealed class PublishedLinkTests
{
    private static readonly Uri Page = new("https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list.html");

    private const string MofPattern = @"shisantouketsu\d*\.xlsx$";

    [Fact]
    public void The_first_matching_link_is_resolved_against_the_page()
    {
        const string html = """
            <a href="/policy/index.html">top</a>
            <a href="shisantouketsu20260305.pdf">PDF</a>
            <a href='shisantouketsu20260305.xlsx'>Excel</a>
            <a href="shisantouketsu20260101.xlsx">older</a>
            """;

        Assert.Equal(
            new Uri("https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/shisantouketsu20260305.xlsx"),
            PublishedLink.Find(html, Page, MofPattern));
    }

    [Fact]
    public void Absolute_links_and_html_escapes_are_followed()
    {
        const string html = """<a HREF = "https://files.example/list/shisantouketsu20270101.xlsx?x=1&amp;y=2">x</a>""";

        Assert.Equal(new Uri("https://files.example/list/shisantouketsu20270101.xlsx?x=1&y=2"), PublishedLink.Find(html, Page, @"shisantouketsu\d*\.xlsx"));
    }

    [Fact]
    public void A_page_without_a_matching_link_is_a_download_error_naming_the_page()
    {
        var error = Assert.Throws<ListDownloadException>(() => PublishedLink.Find("<a href=\"other.xlsx\">x</a>", Page, MofPattern));

        Assert.Contains(Page.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_a_download_error()
    {
        Assert.Throws<ListDownloadException>(() => PublishedLink.Find("<a href=\"a.xlsx\">x</a>", Page, "(unclosed"));
    }
}
