using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Alerts page: customers named like a listed person open alerts; a reviewer decides one from its detail and two at once from the queue.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class AlertTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task Alerts_are_decided_one_by_one_and_several_at_once_recording_the_reviewer()
    {
        var alerts = new List<string>();
        foreach (var (subject, name) in new[] { ("console-kim-1", "Kim Jong Un"), ("console-kim-2", "KIM Jong-un"), ("console-kim-3", "Jong Un Kim") })
        {
            alerts.AddRange(await RegisterAsync(subject, name));
        }

        Assert.True(alerts.Count >= 3, $"each subject should open an alert; opened {alerts.Count}");
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rob.reviewer", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "alerts");
        await page.GetByLabel("Source").FillAsync("ofac-sdn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        foreach (var id in alerts)
        {
            await Expect(page.Locator("#alerts-table")).ToContainTextAsync(id);
        }

        await ConsolePages.ScreenshotAsync(page, "alerts");
        await page.GetByRole(AriaRole.Link, new() { Name = alerts[0] }).ClickAsync();
        await Expect(page.Locator("#subject-heading")).ToContainTextAsync("Kim Jong Un");
        await Expect(page.Locator("#entity-heading")).ToContainTextAsync("KIM, Jong Un");
        await AssertReadableDetailAsync(page, "console-kim-1", "Kim Jong Un");
        await ConsolePages.ScreenshotAsync(page, "alert-detail");
        await page.GetByLabel("Decision").SelectOptionAsync("false_positive");
        await page.GetByLabel("Reason").FillAsync("Customer born 1990 in Seoul; listed person born 1983 or 1984");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Decided 1 of 1");
        await AssertDecidedAsync(alerts[0], "false_positive", "rob.reviewer");
        // The page shows who decided: the signed-in person, in the alert's history.
        await ConsolePages.OpenAsync(page, app, $"alerts/{alerts[0]}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "false_positive" }).First).ToContainTextAsync("rob.reviewer");

        await ConsolePages.OpenAsync(page, app, "alerts");
        foreach (var id in alerts.Skip(1))
        {
            await page.Locator($"#pick-{id}").CheckAsync();
        }

        await page.GetByLabel("Decision").SelectOptionAsync("escalated");
        await page.GetByLabel("Reason").FillAsync("Same name as the listed person; escalated for enhanced due diligence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Decided {alerts.Count - 1} of {alerts.Count - 1}");
        foreach (var id in alerts.Skip(1))
        {
            await AssertDecidedAsync(id, "escalated", "rob.reviewer");
        }
    }

    /// <summary>Subject and listed entity as labelled facts, and the explanation's token alignment as a table: nothing left as raw JSON.</summary>
    private static async Task AssertReadableDetailAsync(IPage page, string subjectId, string name)
    {
        var subject = page.Locator("#subject-facts");
        await Expect(Fact(subject, "Subject id")).ToHaveTextAsync(subjectId);
        await Expect(Fact(subject, "Name")).ToHaveTextAsync(name);
        await Expect(Fact(subject, "Kind")).ToHaveTextAsync("person");
        var entity = page.Locator("#entity-facts");
        await Expect(Fact(entity, "Primary name")).ToHaveTextAsync("KIM, Jong Un");
        await Expect(Fact(entity, "Source")).ToHaveTextAsync("ofac-sdn");
        await Expect(Fact(entity, "Dates of birth")).ToContainTextAsync("1984");
        await Expect(Fact(entity, "Programs")).ToContainTextAsync("DPRK");
        var alignment = page.Locator("#alert-explanation table.alignment tbody tr");
        await Expect(alignment).ToHaveCountAsync(3);
        await Expect(alignment.Filter(new() { HasText = "JONG" }).First).ToContainTextAsync("exact");
        await Expect(page.Locator("#alert-explanation")).ToContainTextAsync("final score");
        await Expect(page.Locator("main pre")).ToHaveCountAsync(0);
        Assert.Empty(await ConsolePages.SeriousAccessibilityViolationsAsync(page));
    }

    private static ILocator Fact(ILocator facts, string label) =>
        facts.Locator($"dt:text-is('{label}') + dd");

    private async Task<IReadOnlyList<string>> RegisterAsync(string subject, string name)
    {
        using var client = app.Client();
        using var response = await client.PutAsJsonAsync(new Uri($"v1/subjects/{subject}", UriKind.Relative), new { kind = "person", name });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return [.. body.GetProperty("alertsOpened").EnumerateArray().Select(a => a.GetString()!)];
    }

    private async Task AssertDecidedAsync(string alertId, string status, string by)
    {
        using var client = app.Client();
        var alert = await client.GetFromJsonAsync<JsonElement>(new Uri($"v1/alerts/{alertId}", UriKind.Relative));
        Assert.Equal(status, alert.GetProperty("status").GetString());
        var last = alert.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(by, last.GetProperty("by").GetString());
    }
}
