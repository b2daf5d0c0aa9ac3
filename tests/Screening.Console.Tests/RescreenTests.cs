using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Monitoring page: an admin starts a full re-screen with a reason and watches it finish; a reviewer only watches.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class RescreenTests(ConsoleAppFixture app)
{
    private const string Reason = "Quarterly full re-screen asked by the MLRO";

    [Fact]
    public async Task An_admin_starts_a_full_rescreen_and_watches_every_partition_finish()
    {
        var subjectId = $"console-rescreen-{Guid.NewGuid():n}"[..34];
        using (var client = app.Client())
        {
            using var registered = await client.PutAsJsonAsync(new Uri($"v1/subjects/{subjectId}", UriKind.Relative), new { kind = "person", name = "Margaret Oyelaran-Whitfield" });
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        }

        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "ann.admin", "Screening.Admin");
        await ConsolePages.OpenAsync(page, app, "monitoring");
        await page.GetByLabel("Reason for the re-screen").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-screen every subject" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("planned against ofac-sdn@");

        var details = page.Locator("#rescreen-details");
        await Expect(details).ToContainTextAsync($"requested by ann.admin");
        await Expect(details).ToContainTextAsync(Reason);
        await Expect(details).ToContainTextAsync("every subject against everything");
        // The page reads the progress again by itself until the queue has re-screened every partition.
        await Expect(page.Locator("#rescreen-state")).ToHaveTextAsync("Finished", new() { Timeout = 120_000 });
        await Expect(details).ToContainTextAsync("64 of 64");
        var screened = int.Parse((await page.Locator("#rescreen-subjects").InnerTextAsync()).Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(screened >= 1, $"{screened} subjects screened");
        Assert.Empty(await ConsolePages.SeriousAccessibilityViolationsAsync(page));
        await ConsolePages.ScreenshotAsync(page, "monitoring-rescreen");

        // What the page shows is the API's own view of the plan.
        using var reader = app.Client();
        var current = await reader.GetFromJsonAsync<JsonElement>(new Uri("v1/monitoring/rescreen", UriKind.Relative));
        Assert.Contains(Reason, current.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, current.GetProperty("partitionsDone").GetInt32());
    }

    [Fact]
    public async Task The_page_keeps_following_the_progress_through_a_storage_blip()
    {
        const string blip = "Storage cannot be reached (a blip staged by the test).";
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rex.readonly", "Screening.Reviewer");
        // The first read of the progress meets a 5xx; every later one reaches the app.
        var reads = 0;
        await page.RouteAsync("**/console/api/monitoring/rescreen", async route =>
        {
            if (route.Request.Method == "GET" && Interlocked.Increment(ref reads) == 1)
            {
                await route.FulfillAsync(new()
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
                    Body = JsonSerializer.Serialize(new { type = "about:blank", title = "Service Unavailable", status = 503, code = "storage.unavailable", detail = blip }),
                });
                return;
            }

            await route.ContinueAsync();
        });

        // Opened once (ConsolePages.OpenAsync also reloads, which would read the progress a second time at once).
        await page.GotoAsync(new Uri(app.ConsoleAddress, "#/monitoring").ToString());
        var progress = page.Locator("#rescreen-progress");
        await Expect(progress).ToContainTextAsync(blip);

        // Read again by itself (every 2 s): the app's own answer replaces the problem without a reload.
        await Expect(progress).Not.ToContainTextAsync(blip, new() { Timeout = 15_000 });
        Assert.True(Volatile.Read(ref reads) >= 2, $"{reads} reads of the progress");
    }

    [Fact]
    public async Task A_reviewer_sees_the_progress_but_cannot_start_a_rescreen()
    {
        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "rex.readonly", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "monitoring");
        await Expect(page.Locator("main")).ToContainTextAsync("Starting a re-screen needs the Screening.Admin role.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Re-screen every subject" })).ToHaveCountAsync(0);

        var answer = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const response = await fetch('/api/console/api/monitoring/rescreen', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"reason":"try"}' });
              return { status: response.status, body: await response.json() };
            }
            """);
        Assert.Equal(403, answer.GetProperty("status").GetInt32());
        Assert.Equal("console.role_required", answer.GetProperty("body").GetProperty("code").GetString());
    }
}
