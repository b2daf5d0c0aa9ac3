using System.IO.Compression;
using System.Net;
using Azure.Storage.Blobs;
using Screening.Testing;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// The Screening app under LocalHost with keys required, its lists loaded the way compliance staff load them
/// (files dropped into the list-inbox container: the 2021 OFAC SDN CSV set as a zip, the 2026 UN XML, Japan's MOF
/// workbook), and the
/// OFAC consolidated list configured as a file:// source for the admin refresh.
/// </summary>
public sealed class LoadedAppFixture : IAsyncLifetime
{
    public const string MasterKey = "e2e-master-key";
    public const string FunctionKey = "e2e-function-key";
    public const string FunctionKeyName = "e2e-fintech";

    public AzuriteServer? Storage { get; private set; }

    /// <summary>Stands in for the Event Grid topic alerts are published to.</summary>
    public CloudEventReceiver Topic { get; } = CloudEventReceiver.Start();
    public LocalHostProcess? App { get; private set; }

    public async Task InitializeAsync()
    {
        Storage = await AzuriteServer.StartAsync();
        App = await LocalHostProcess.StartAsync(Storage.ConnectionString, new Dictionary<string, string>
        {
            ["LocalHost:TimersEnabled"] = "false",
            ["LocalHost:RequireKeys"] = "true",
            ["LocalHost:MasterKey"] = MasterKey,
            [$"LocalHost:FunctionKeys:{FunctionKeyName}"] = FunctionKey,
            ["LocalHost:BlobPollInterval"] = "00:00:00.500",
            ["Lists:RefreshOnStartup"] = "false",
            ["Lists:ActivationPollInterval"] = "00:00:01",
            ["Monitoring:PlanCheckInterval"] = "00:00:01",
            ["Monitoring:Events:TopicEndpoint"] = Topic.Endpoint.AbsoluteUri,
            ["Monitoring:Events:Key"] = Topic.Key,
            ["LocalHost:QueuePollInterval"] = "00:00:00.250",
            ["Lists:Sources:ofac_cons:Url"] = new Uri(TestPaths.Data("ofac", "consolidated_xml_2024-05-06", "consolidated.xml")).AbsoluteUri,
            ["Lists:Sources:ofac_cons:Format"] = "OfacLegacyXml",
            ["Lists:Sources:ofac_sdn:Enabled"] = "false",
            ["Lists:Sources:un:Enabled"] = "false",
        });

        var inbox = new BlobContainerClient(Storage.ConnectionString, "list-inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient("sdn_csv_2021-07-07.zip").UploadAsync(new BinaryData(ZipFolder(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set"))), overwrite: true);
        await inbox.GetBlobClient("un-consolidated.xml").UploadAsync(new BinaryData(await File.ReadAllBytesAsync(TestPaths.Data("un", "2026-02-27", "consolidated.xml"))), overwrite: true);
        // Japan's MOF workbook under a name that says nothing: it is recognised by its content as jp-mof.
        await inbox.GetBlobClient("mof-list.xlsx").UploadAsync(new BinaryData(await File.ReadAllBytesAsync(TestPaths.Data("jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx"))), overwrite: true);
        await WaitUntilServingAsync(["ofac-sdn", "un", "jp-mof"]);
    }

    public HttpClient Client(string? key = FunctionKey)
    {
        var client = App!.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    /// <summary>
    /// A person with app roles (a LocalHost development bearer token, as an Entra ID token in Azure), also holding the
    /// function key so the same client reaches the key-protected routes.
    /// </summary>
    public async Task<HttpClient> PersonAsync(string name, params string[] roles)
    {
        var client = await App!.CreatePersonClientAsync(name, roles);
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        return client;
    }

    public const string Approver = "alice.approver";
    public const string Reviewer = "rita.reviewer";
    public const string ListApproverRole = "Screening.ListApprover";
    public const string ReviewerRole = "Screening.Reviewer";
    public const string AdminRole = "Screening.Admin";

    public async Task WaitUntilServingAsync(IReadOnlyList<string> sources)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("v1/health", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && sources.All(s => body.Contains($"\"source\":\"{s}\"", StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The app did not serve {string.Join(", ", sources)} within 3 minutes.\n{App!.Log}");
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }

        await Topic.DisposeAsync();
    }

    private static byte[] ZipFolder(string folder)
    {
        using var zipped = new MemoryStream();
        using (var archive = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*.csv"))
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return zipped.ToArray();
    }
}

[CollectionDefinition(Name)]
public sealed class LoadedAppGroup : ICollectionFixture<LoadedAppFixture>
{
    public const string Name = "Loaded app";
}
