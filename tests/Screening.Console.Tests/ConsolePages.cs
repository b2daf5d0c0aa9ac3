using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Screening.Console.Tests;

/// <summary>What the tests do as a person in the console: sign in on LocalHost's development page, open a page, keep a screenshot, scan it.</summary>
public static class ConsolePages
{
    public const string DevelopmentNotice = "Development sign-in: exists only in LocalHost";

    public static async Task SignInAsync(IPage page, ConsoleAppFixture app, string user, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(app);
        await page.GotoAsync(new Uri(app.Origin, "/dev-sign-in?return=/api/console/").ToString());
        await page.GetByLabel("User name").FillAsync(user);
        foreach (var role in roles)
        {
            await page.GetByLabel(role, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("main[data-ready]");
    }

    /// <summary>Opens a console page by its hash route and waits until it has rendered its data.</summary>
    public static async Task OpenAsync(IPage page, ConsoleAppFixture app, string route)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(app);
        var pageName = route.Split('/')[0];
        await page.GotoAsync(new Uri(app.ConsoleAddress, "#/" + route).ToString());
        await page.ReloadAsync();
        await page.WaitForSelectorAsync($"main[data-ready='{pageName}']");
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>axe-core's serious and critical violations on the page as it is now, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }
}
