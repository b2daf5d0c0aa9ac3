using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Sign-in and app roles: nobody gets in unsigned, and a reviewer cannot approve lists or upload them.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class RoleTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task Without_a_sign_in_the_console_sends_the_person_to_the_development_sign_in()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.ConsoleAddress, "#/lists").ToString());
        // Polls the address rather than waiting for a navigation event, which a loaded machine can fire before the wait starts.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dev-sign-in\\?return="), new() { Timeout = 15_000 });
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync(ConsolePages.DevelopmentNotice);
        var status = await page.EvaluateAsync<int>("async () => (await fetch('/api/console/api/lists')).status");
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_reviewer_can_read_lists_but_not_activate_a_version_or_upload()
    {
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rex.readonly", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "lists");
        await Expect(page.Locator("#lists-table")).ToContainTextAsync("ofac-sdn");

        var answer = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const response = await fetch('/api/console/api/lists/ofac-sdn/versions/any/activate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"reason":"try"}' });
              return { status: response.status, body: await response.json() };
            }
            """);
        Assert.Equal(403, answer.GetProperty("status").GetInt32());
        Assert.Equal("console.role_required", answer.GetProperty("body").GetProperty("code").GetString());

        await ConsolePages.OpenAsync(page, app, "uploads");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("needs the Screening.ListApprover role");
    }
}
