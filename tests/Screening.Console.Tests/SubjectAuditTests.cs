using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Audit page by subject: a customer's registration, the alert its screening raised and the reviewer's decision, read and exported as CSV.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class SubjectAuditTests(ConsoleAppFixture app)
{
    private const string Reason = "Customer born 1991 in Busan; not the listed person";

    [Fact]
    public async Task A_subjects_registration_alert_and_decision_are_shown_with_who_and_why_and_exported()
    {
        var subjectId = $"console-audit-{Guid.NewGuid():n}"[..30];
        var alerts = await RegisterAsync(subjectId, "Kim Jong Un");
        var alertId = alerts[0];
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "ada.reviewer", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, $"alerts/{alertId}");
        await page.GetByLabel("Decision").SelectOptionAsync("false_positive");
        await page.GetByLabel("Reason").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Decided 1 of 1");

        await ConsolePages.OpenAsync(page, app, "audit");
        await page.GetByLabel("Subject id").FillAsync(subjectId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up subject" }).ClickAsync();
        var events = page.Locator("#subject-audit-table tbody tr");
        // Registered, screened, each alert raised, one decision.
        await Expect(events).ToHaveCountAsync(3 + alerts.Count);
        await Expect(events.Nth(0)).ToContainTextAsync("Registered");
        await Expect(events.Nth(1)).ToContainTextAsync("Screened");
        await Expect(events.Filter(new() { HasText = "Alert raised" }).First).ToContainTextAsync("raised at registration");
        await Expect(events.Filter(new() { HasText = alertId }).First).ToContainTextAsync("KIM, Jong Un");
        var decision = events.Filter(new() { HasText = "Decision" });
        await Expect(decision).ToContainTextAsync("ada.reviewer");
        await Expect(decision).ToContainTextAsync("false positive");
        await Expect(decision).ToContainTextAsync(Reason);
        await Expect(decision.GetByRole(AriaRole.Link, new() { Name = alertId })).ToBeVisibleAsync();
        Assert.EndsWith($"#/audit/subject/{subjectId}", page.Url, StringComparison.Ordinal);
        Assert.Empty(await ConsolePages.SeriousAccessibilityViolationsAsync(page));
        await ConsolePages.ScreenshotAsync(page, "audit-subject");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export subject audit (CSV)" }).ClickAsync());
        var csvPath = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(csvPath);
        var csv = await File.ReadAllLinesAsync(csvPath);
        Assert.Equal("at,subjectId,event,by,alertId,entityId,entityName,source,listVersion,status,score,reason", csv[0]);
        Assert.Equal(1 + 3 + alerts.Count, csv.Length);
        Assert.Contains(csv, line => line.Contains($",{subjectId},alert_raised,monitoring,{alertId},", StringComparison.Ordinal) && line.EndsWith(",raised at registration", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.Contains($",{subjectId},alert_decision,ada.reviewer,{alertId},", StringComparison.Ordinal) && line.EndsWith($",false_positive,,{Reason}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_subject_never_registered_is_answered_with_the_problem()
    {
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "ada.reviewer", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "audit/subject/no-such-subject");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no-such-subject");
    }

    private async Task<IReadOnlyList<string>> RegisterAsync(string subject, string name)
    {
        using var client = app.Client();
        using var response = await client.PutAsJsonAsync(new Uri($"v1/subjects/{subject}", UriKind.Relative), new { kind = "person", name });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var alerts = body.GetProperty("alertsOpened").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.NotEmpty(alerts);
        return alerts;
    }
}
