using static Microsoft.Playwright.Assertions;

namespace Screening.Console.Tests;

/// <summary>Uploads page, customer file: each row is registered for monitoring; a listed name opens an alert, a bad row names its line and field.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class CustomerUploadTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task A_customer_file_registers_each_row_and_names_the_line_of_a_rejected_one()
    {
        var file = Path.Combine(ConsoleAppFixture.ArtifactsDirectory, "customers.csv");
        await File.WriteAllTextAsync(file,
            "id,kind,name,country\n" +
            "cust-upload-1,person,\"Kim, Jong Un\",KP\n" +
            "cust-upload-2,person,Oswinda Trelawney-Kunzmann,DE\n" +
            "cust-upload-3,planet,Neptune,\n");

        var page = await app.NewPageAsync();
        await ConsolePages.SignInAsync(page, app, "carl.customers", "Screening.Reviewer");
        await ConsolePages.OpenAsync(page, app, "uploads");
        await page.SetInputFilesAsync("#customer-file", file);

        await Expect(page.Locator("#customers-outcome")).ToHaveTextAsync("2 registered, 1 rejected");
        var rows = page.Locator("#customers-table tbody tr");
        await Expect(rows.Nth(0)).ToContainTextAsync("cust-upload-1");
        await Expect(rows.Nth(0)).ToContainTextAsync("al-");
        await Expect(rows.Nth(1)).ToContainTextAsync("created");
        await Expect(rows.Nth(2).Locator("td").First).ToHaveTextAsync("4");
        await Expect(rows.Nth(2)).ToContainTextAsync("kind: must be one of");
        await ConsolePages.ScreenshotAsync(page, "uploads-customers");
    }
}
