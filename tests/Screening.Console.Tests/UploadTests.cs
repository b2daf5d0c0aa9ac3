using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Uploads page: a malformed custom list is rejected, and the page names the file, the line and the field.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class UploadTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task A_malformed_list_shows_the_line_and_field_of_the_fault()
    {
        var file = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, "acme-watchlist.csv");
        await File.WriteAllTextAsync(file, "id,type,name\n1,individual,JOHN EXAMPLE\n2,person,JANE EXAMPLE\n");

        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "lena.lister", "Screening.ListApprover");
        await ConsolePages.OpenAsync(page, app, "uploads");
        await page.SetInputFilesAsync("#upload-file", file);

        await Expect(page.Locator("#report-outcome")).ToHaveTextAsync("Failed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#report-line")).ToHaveTextAsync("3");
        await Expect(page.Locator("#report-field")).ToHaveTextAsync("type");
        await Expect(page.Locator("#report-error")).ToContainTextAsync("'person'");
        await ConsolePages.ScreenshotAsync(page, "uploads");
    }
}
