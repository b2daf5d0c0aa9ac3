using System.IO.Compression;
using System.Net;
using Azure.Storage.Blobs;
using Microsoft.Playwright;
using Screening.Testing;

namespace Screening.Console.Tests;

/// <summary>
/// Azurite, the Screening app under LocalHost (with its development sign-in) and one headless Chromium for the
/// whole collection. The 2024-05-03 OFAC SDN list is loaded through the list inbox before any test runs.
/// </summary>
public sealed class ConsoleAppFixture : IAsyncLifetime
{
    public const string SdnSource = "ofac-sdn";

    private IPlaywright? _playwright;

    public AzuriteServer? Storage { get; private set; }
    public LocalHostProcess? App { get; private set; }
    public IBrowser? Browser { get; private set; }

    /// <summary>The console's address: /api/console/ on LocalHost.</summary>
    public Uri ConsoleAddress => new(App!.BaseAddress, "console/");

    public Uri Origin => new(App!.BaseAddress.GetLeftPart(UriPartial.Authority));

    /// <summary>Screenshots and measurements, kept under the test output folder as artifacts of the run (emptied at the start of each run).</summary>
    public static string ArtifactsDirectory { get; } = FreshDirectory(Path.Combine(AppContext.BaseDirectory, "console-artifacts"));

    public async Task InitializeAsync()
    {
        var chromium = InstalledChromium.ExecutablePath();
        Storage = await AzuriteServer.StartAsync();
        App = await LocalHostProcess.StartAsync(Storage.ConnectionString, new Dictionary<string, string>
        {
            ["LocalHost:TimersEnabled"] = "false",
            ["LocalHost:BlobPollInterval"] = "00:00:00.500",
            ["Lists:RefreshOnStartup"] = "false",
            ["Lists:ActivationPollInterval"] = "00:00:01",
            ["Lists:Sources:ofac_cons:Enabled"] = "false",
            ["Lists:Sources:un:Enabled"] = "false",
        });

        var inbox = new BlobContainerClient(Storage.ConnectionString, "list-inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient("sdn_csv_2024-05-03.zip").UploadAsync(new BinaryData(ZipFolder(TestPaths.Data("ofac", "sdn_csv_2024-05-03"))), overwrite: true);
        await WaitUntilServingAsync(SdnSource);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public HttpClient Client() => App!.CreateClient();

    /// <summary>A fresh browser context (its own cookies) at 1280 × 900 unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    private static string FreshDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Directory.CreateDirectory(path).FullName;
    }

    /// <summary>A folder of list files as the zip compliance staff would drop.</summary>
    public static byte[] ZipFolder(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                zip.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return buffer.ToArray();
    }

    private async Task WaitUntilServingAsync(string source)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("v1/health", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && body.Contains($"\"source\":\"{source}\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The app did not serve {source} within 3 minutes.\n{App!.Log}");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }
}
