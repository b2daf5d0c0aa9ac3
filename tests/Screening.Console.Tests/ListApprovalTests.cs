using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>
/// Lists page: an upload that shrinks OFAC SDN (the 2021-07-07 set against the active 2024-05-03 list) is held;
/// its uploader cannot approve it (four eyes); a second list approver approves it and then rolls it back.
/// </summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class ListApprovalTests(ConsoleAppFixture app)
{
    private static readonly TimeSpan IngestTimeout = TimeSpan.FromMinutes(2);

    /// <summary>An activation of the 9,000-entity SDN list takes the source's lock and reads its rows back: seconds, more on a loaded machine.</summary>
    private static readonly LocatorAssertionsToContainTextOptions ActivationTimeout = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_held_version_is_approved_by_a_second_approver_then_rolled_back()
    {
        var previous = await ActiveVersionAsync();
        var zip = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, "sdn_csv_2021-07-07.zip");
        await File.WriteAllBytesAsync(zip, ConsoleAppFixture.ZipFolder(Screening.Testing.TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set")));

        var uploader = await app.NewPageAsync();
        await ConsolePages.SignInAsync(uploader, app, "uma.uploader", "Screening.ListApprover", "Screening.Reviewer");
        await ConsolePages.OpenAsync(uploader, app, "uploads");
        await uploader.SetInputFilesAsync("#upload-file", zip);
        await Expect(uploader.Locator("#report-outcome")).ToHaveTextAsync("Held", new() { Timeout = (float)IngestTimeout.TotalMilliseconds });
        var held = (await uploader.Locator("#upload-report code").First.TextContentAsync())!.Trim();

        await ConsolePages.OpenAsync(uploader, app, "lists");
        await uploader.GetByLabel("Reason to approve").FillAsync("my own upload");
        await uploader.GetByRole(AriaRole.Button, new() { Name = $"Approve {held}" }).ClickAsync();
        await Expect(uploader.GetByRole(AriaRole.Alert)).ToContainTextAsync("another list approver must approve it");
        Assert.Equal(previous, await ActiveVersionAsync());

        var approver = await app.NewPageAsync();
        await ConsolePages.SignInAsync(approver, app, "ada.approver", "Screening.ListApprover");
        await ConsolePages.OpenAsync(approver, app, "lists");
        await Expect(approver.Locator("#held-" + held)).ToBeVisibleAsync();
        await approver.GetByText("Entities and addresses added, removed and changed").ClickAsync();
        await Expect(approver.Locator(".delta-totals")).ToContainTextAsync($"Against {previous}");
        await Expect(approver.Locator("details.delta")).ToContainTextAsync("Removed: ");
        await ConsolePages.ScreenshotAsync(approver, "lists-held");
        var violations = await ConsolePages.SeriousAccessibilityViolationsAsync(approver);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await approver.GetByLabel("Reason to approve").FillAsync("2021 set confirmed with OFAC recent actions");
        await approver.GetByRole(AriaRole.Button, new() { Name = $"Approve {held}" }).ClickAsync();
        await Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync($"Approved: {ConsoleAppFixture.SdnSource} now serves {held}", ActivationTimeout);
        var approved = await LastRefreshAsync();
        Assert.Equal(held, approved.GetProperty("version").GetString());
        Assert.Equal("ada.approver", approved.GetProperty("requestedBy").GetString());
        // The page shows who approved: the signed-in person, not a key.
        await ConsolePages.OpenAsync(approver, app, "lists");
        await Expect(approver.Locator("#lists-table").GetByRole(AriaRole.Row).Filter(new() { HasText = ConsoleAppFixture.SdnSource })).ToContainTextAsync("(approval by ada.approver)");

        await ConsolePages.OpenAsync(approver, app, "lists/ofac-sdn");
        await Expect(approver.Locator("#history-table")).ToContainTextAsync(previous);
        await approver.GetByLabel("Reason to roll back").FillAsync("2021 set was the wrong file");
        await approver.GetByRole(AriaRole.Button, new() { Name = $"Roll back {previous}" }).ClickAsync();
        await Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync($"Rolled back: {ConsoleAppFixture.SdnSource} now serves {previous}", ActivationTimeout);
        var rolledBack = await LastRefreshAsync();
        Assert.Equal(previous, rolledBack.GetProperty("version").GetString());
        Assert.Equal("2021 set was the wrong file", rolledBack.GetProperty("reason").GetString());
        await ConsolePages.OpenAsync(approver, app, "lists");
        await Expect(approver.Locator("#lists-table").GetByRole(AriaRole.Row).Filter(new() { HasText = ConsoleAppFixture.SdnSource })).ToContainTextAsync("(rollback by ada.approver)");

        await ConsolePages.OpenAsync(approver, app, "lists/ofac-sdn");
        await Expect(approver.Locator("#history-table")).ToContainTextAsync("Rolled back from");
        await Expect(approver.Locator("svg.chart").First).ToBeVisibleAsync();
        await AssertAdditionsChartAsync(approver, held, previous);
        await Expect(approver.GetByRole(AriaRole.Note)).ToContainTextAsync(ConsolePages.DevelopmentNotice);
        await ConsolePages.ScreenshotAsync(approver, "lists");
    }

    /// <summary>
    /// The additions chart plots each version's delta at activation (entities added), one bar per activated version; the
    /// approved 2021 set added entities while removing more, so a net change of entity counts would show something else.
    /// </summary>
    private async Task AssertAdditionsChartAsync(IPage page, string held, string previous)
    {
        using var client = app.Client();
        var versions = (await client.GetFromJsonAsync<JsonElement>(new Uri($"v1/lists/{ConsoleAppFixture.SdnSource}/versions", UriKind.Relative)))
            .GetProperty("versions").EnumerateArray().ToList();
        var withDelta = versions.Where(v => v.TryGetProperty("delta", out _)).ToList();
        var approved = versions.Single(v => v.GetProperty("version").GetString() == held);
        var added = approved.GetProperty("delta").GetProperty("added").GetInt32();
        var before = versions.Single(v => v.GetProperty("version").GetString() == previous);
        var netChange = approved.GetProperty("counts").GetProperty("entities").GetInt32() - before.GetProperty("counts").GetProperty("entities").GetInt32();
        Assert.NotEqual(netChange, added);

        var chart = page.Locator($"#additions-{ConsoleAppFixture.SdnSource} svg");
        await Expect(chart.Locator("rect")).ToHaveCountAsync(withDelta.Count);
        var labels = await chart.Locator("text").AllTextContentsAsync();
        Assert.Contains(added.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")), labels);
        Assert.DoesNotContain(netChange.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")), labels);
    }

    private async Task<string> ActiveVersionAsync() =>
        (await SdnAsync()).GetProperty("active").GetProperty("version").GetString()!;

    private async Task<JsonElement> LastRefreshAsync() => (await SdnAsync()).GetProperty("lastRefresh");

    private async Task<JsonElement> SdnAsync()
    {
        using var client = app.Client();
        var lists = await client.GetFromJsonAsync<JsonElement>(new Uri("v1/lists", UriKind.Relative));
        return lists.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("source").GetString() == ConsoleAppFixture.SdnSource);
    }
}
