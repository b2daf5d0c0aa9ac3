using System.IO.Compression;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration.Memory;
using Screening.Infrastructure.Storage;

namespace Screening.LocalHost.Uploads;

/// <summary>
/// <c>upload-lists &lt;file-or-folder&gt;...</c>: drops list files into the <c>list-inbox</c> container of the
/// configured storage (Azurite in development), exactly as compliance staff do in Azure, then waits for the
/// running app's blob trigger to file each one under <c>processed/</c> or <c>rejected/</c>, prints the outcome, and
/// returns once the app serves every version it activated.
/// A folder is an OFAC CSV set (SDN.CSV with ADD/ALT/SDN_COMMENTS, or CONS_*): it is zipped into one upload, as OFAC publishes it.
/// </summary>
public static class ListUploadCommand
{
    public const string InboxContainer = "list-inbox";
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string[] args)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || paths.Any(p => p.StartsWith("--", StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync("usage: upload-lists <list-file-or-csv-set-folder>...");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .Add(new MemoryConfigurationSource { InitialData = LocalSettings.Read(AppContext.BaseDirectory) })
            .AddEnvironmentVariables()
            .Build();
        var inbox = StorageConnection.Resolve(configuration).CreateBlobServiceClient().GetBlobContainerClient(InboxContainer);
        await inbox.CreateIfNotExistsAsync();

        var failures = 0;
        var activated = new List<string>();
        foreach (var path in paths)
        {
            var (name, content) = Package(Path.GetFullPath(path));
            var uploadedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await inbox.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true);
            Console.WriteLine($"uploaded {path} as {InboxContainer}/{name} ({content.Length:N0} bytes); waiting for the app to ingest it...");
            var (accepted, report) = await WaitForOutcomeAsync(inbox, name, uploadedAt);
            Console.WriteLine(report);
            failures += accepted ? 0 : 1;
            if (accepted && ActivatedVersion(report) is { } version)
            {
                activated.Add(version);
            }
        }

        // Ingested is stored, not yet served: the running app picks an activation up on its next poll, and a screening
        // sent before that still answers 503 (or against the previous version). Return once the app serves them all.
        await WaitUntilServedAsync(new Uri((configuration["LocalHost:Urls"] ?? DefaultAppUrl).Split(';')[0]), activated);
        return failures == 0 ? 0 : 1;
    }

    private const string DefaultAppUrl = "http://localhost:7071";
    private static readonly TimeSpan ServedTimeout = TimeSpan.FromMinutes(1);

    private static string? ActivatedVersion(string report)
    {
        var json = report[(report.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("outcome", out var outcome) && outcome.GetString() is "Activated" or "activated"
            && document.RootElement.TryGetProperty("versionId", out var version) ? version.GetString() : null;
    }

    private static async Task WaitUntilServedAsync(Uri app, List<string> versions)
    {
        if (versions.Count == 0)
        {
            return;
        }

        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTimeOffset.UtcNow + ServedTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                var health = await client.GetStringAsync(new Uri("/api/v1/health", UriKind.Relative));
                if (versions.All(version => health.Contains(version, StringComparison.Ordinal)))
                {
                    Console.WriteLine($"served by {app}: {string.Join(", ", versions)}");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // 503 while nothing is served yet, or the app is starting: ask again.
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Console.WriteLine($"{app} did not serve {string.Join(", ", versions)} within {ServedTimeout.TotalSeconds:N0} s; screenings may still answer against the earlier lists.");
    }

    private static (string Name, byte[] Content) Package(string path)
    {
        if (File.Exists(path))
        {
            return (Path.GetFileName(path), File.ReadAllBytes(path));
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No list file or folder at '{path}'.", path);
        }

        using var zipped = new MemoryStream();
        using (var archive = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.csv").Order(StringComparer.Ordinal))
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return (new DirectoryInfo(path).Name + ".zip", zipped.ToArray());
    }

    private static async Task<(bool Accepted, string Report)> WaitForOutcomeAsync(BlobContainerClient inbox, string name, DateTimeOffset uploadedAt)
    {
        var deadline = DateTimeOffset.UtcNow + OutcomeTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            foreach (var (accepted, blobName) in new[] { (true, $"processed/{name}.result.json"), (false, $"rejected/{name}.error.json") })
            {
                var blob = inbox.GetBlobClient(blobName);
                if (await blob.ExistsAsync() && (await blob.GetPropertiesAsync()).Value.LastModified >= uploadedAt)
                {
                    var body = (await blob.DownloadContentAsync()).Value.Content.ToString();
                    return (accepted, $"{(accepted ? "ingested" : "REJECTED")}: {blobName}\n{body}");
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return (false, $"no outcome for {name} after {OutcomeTimeout.TotalSeconds:N0} s: is the app running (./build.sh run)?");
    }
}
