using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Screen page: 김정은 in Hangul, its explanation read as a person would; then the Audit page finds it by request id and exports it.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class ScreenAndAuditTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task A_hangul_name_is_screened_explained_and_found_again_by_its_request_id()
    {
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rita.reviewer", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "screen");
        await page.GetByLabel("Name (any script)").FillAsync("김정은");
        await page.GetByLabel("Type").SelectOptionAsync("individual");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        await Expect(page.Locator("#result-value")).ToHaveTextAsync("match");
        var match = page.Locator("section.match").First;
        await Expect(match.Locator("h3")).ToContainTextAsync("KIM, Jong Un");
        var alignment = match.Locator("table.alignment");
        await Expect(alignment.Locator("tbody tr").First).ToContainTextAsync("김");
        await Expect(alignment.Locator("tbody tr").First).ToContainTextAsync("KIM");
        await Expect(alignment).ToContainTextAsync("romanization variant");
        await match.Locator("summary").ClickAsync();
        await Expect(match.Locator("details pre")).ToContainTextAsync("ofac-sdn:20157");
        var requestId = (await page.Locator("#request-id").TextContentAsync())!;
        Assert.Matches("^[0-9a-f]{32}$", requestId);
        await ConsolePages.ScreenshotAsync(page, "screen");

        await page.GetByRole(AriaRole.Link, new() { Name = "audit record" }).ClickAsync();
        await page.WaitForSelectorAsync("main[data-ready='audit']");
        var records = page.Locator("#audit-table");
        await Expect(records).ToContainTextAsync("김정은");
        await Expect(records).ToContainTextAsync("rita.reviewer");
        await Expect(records).ToContainTextAsync("ofac-sdn:20157");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var csvPath = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(csvPath);
        var csv = await File.ReadAllLinesAsync(csvPath);
        Assert.StartsWith("requestId,itemIndex,screenedAt,caller,kind,input", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, line => line.StartsWith(requestId + ",0,", StringComparison.Ordinal) && line.Contains("김정은", StringComparison.Ordinal) && line.Contains("rita.reviewer", StringComparison.Ordinal));
        await ConsolePages.ScreenshotAsync(page, "audit");
    }

    [Fact]
    public async Task An_unknown_request_id_is_answered_with_the_problem()
    {
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rita.reviewer", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "audit/no-such-request");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no-such-request");
    }
}
