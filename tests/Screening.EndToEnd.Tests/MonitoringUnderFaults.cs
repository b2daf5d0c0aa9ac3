using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Screening.Testing;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// One app of its own for a fault test: Azurite keeping its data on disk (so it can be restarted), LocalHost with short
/// queue leases (so a killed process's messages come back within seconds), the UN list as the base every subject is
/// registered against, and a custom list uploaded through list-inbox whose entities carry invented names that only the
/// designated subjects bear.
/// </summary>
internal sealed class MonitoringUnderFaults : IAsyncDisposable
{
    public const string MasterKey = "faults-master";
    public const string CustomSource = "custom:fault-drill";
    private const string CustomFile = "fault-drill.csv";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    // Invented, pairwise unlike, so each designated subject reaches its own entity and no other.
    private static readonly string[] Given = ["Oswinda", "Thaddeus", "Ilvarre", "Quenby", "Brannoch", "Zephyrine", "Corvinus", "Marisande", "Ebberhart", "Yselde", "Fintanor", "Galwenna"];
    private static readonly string[] Family = ["Trelawney-Kunzmann", "Abernethy-Voskuijlen", "Quallsbury", "Strathdrummond", "Vantorian", "Pellingworth", "Oystermouth", "Kettleborough", "Drummelzier", "Wolstenholme", "Auchterarder", "Featherstonhaugh"];

    private readonly Dictionary<string, string> _settings;

    private MonitoringUnderFaults(AzuriteServer storage, LocalHostProcess app, CloudEventReceiver topic, Dictionary<string, string> settings)
    {
        Storage = storage;
        App = app;
        Topic = topic;
        _settings = settings;
    }

    public AzuriteServer Storage { get; }
    public LocalHostProcess App { get; private set; }
    public CloudEventReceiver Topic { get; }

    /// <summary>The invented name the custom list designates as entity <paramref name="index"/> (0–11).</summary>
    public static string DesignatedName(int index) => $"{Given[index]} {Family[index]}";

    public static async Task<MonitoringUnderFaults> StartAsync()
    {
        var storage = await AzuriteServer.StartAsync(persistent: true);
        var topic = CloudEventReceiver.Start();
        var settings = new Dictionary<string, string>
        {
            ["LocalHost:TimersEnabled"] = "false",
            ["LocalHost:MasterKey"] = MasterKey,
            ["LocalHost:BlobPollInterval"] = "00:00:00.500",
            ["LocalHost:QueuePollInterval"] = "00:00:00.250",
            ["LocalHost:QueueMessageLease"] = "00:00:03",
            ["Lists:RefreshOnStartup"] = "false",
            ["Lists:ActivationPollInterval"] = "00:00:01",
            ["Lists:Sources:ofac_sdn:Enabled"] = "false",
            ["Lists:Sources:ofac_cons:Enabled"] = "false",
            ["Lists:Sources:un:Enabled"] = "false",
            ["Monitoring:PlanCheckInterval"] = "00:00:01",
            // One subject at a time per partition, so a re-screen of a few thousand subjects lasts long enough to be cut.
            ["Monitoring:ScreeningConcurrency"] = "1",
            ["Monitoring:Events:TopicEndpoint"] = topic.Endpoint.AbsoluteUri,
            ["Monitoring:Events:Key"] = topic.Key,
            ["Monitoring:Events:SweepInterval"] = "00:00:01",
            ["Monitoring:Events:SweepAfter"] = "00:00:02",
        };
        var app = await LocalHostProcess.StartAsync(storage.ConnectionString, settings);
        var run = new MonitoringUnderFaults(storage, app, topic, settings);
        var inbox = new BlobContainerClient(storage.ConnectionString, "list-inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient("un-consolidated.xml").UploadAsync(new BinaryData(await File.ReadAllBytesAsync(TestPaths.Data("un", "2026-02-27", "consolidated.xml"))), overwrite: true);
        await run.WaitAsync(async client => await ServesAsync(client, "un"), "the UN list to be served", TimeSpan.FromSeconds(90));
        // The first re-screen (against the UN list, before any subject) records every partition as screened against it,
        // so every later plan re-screens against what changed since: the delta path, as in a running deployment.
        await run.WaitAsync(async client => await PlanAsync(client) is { ValueKind: JsonValueKind.Object } plan
            && plan.GetProperty("partitionsDone").GetInt32() == plan.GetProperty("partitions").GetInt32(), "the first re-screen (UN list only) to finish", Bound);
        return run;
    }

    public HttpClient Client()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", MasterKey);
        return client;
    }

    /// <summary>Registers <paramref name="count"/> subjects in batches of 1,000; subject i &lt; 12 of <paramref name="designated"/> bears designated name i.</summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(int count, string prefix, int designated)
    {
        using var client = Client();
        var ids = new List<string>(count);
        for (var start = 0; start < count; start += 1000)
        {
            var items = Enumerable.Range(start, Math.Min(1000, count - start)).Select(i => new
            {
                id = $"{prefix}-{i:D5}",
                kind = "person",
                // Undesignated subjects are called after their number in words no list carries.
                name = i < designated ? DesignatedName(i) : $"Plainfolk Number{i:D5} Ordinary",
                country = "GB",
            }).ToList();
            using var response = await client.PostAsJsonAsync("v1/subjects/batch", new { subjects = items });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            ids.AddRange(items.Select(i => i.id));
        }

        return ids;
    }

    /// <summary>Uploads the custom list designating entities <paramref name="entities"/> and returns the version it activated.</summary>
    public Task<string> UploadListAsync(IEnumerable<int> entities, string? previous) =>
        UploadCsvAsync("id,type,name,wallet_addresses\n" + string.Concat(entities.Select(i => $"F-{i},individual,{DesignatedName(i).ToUpperInvariant()},\n")), previous);

    /// <summary>Uploads a custom list file (header and rows) and returns the version it activated.</summary>
    public async Task<string> UploadCsvAsync(string csv, string? previous)
    {
        var inbox = new BlobContainerClient(Storage.ConnectionString, "list-inbox");
        await inbox.GetBlobClient(CustomFile).UploadAsync(BinaryData.FromString(csv), overwrite: true);
        string? active = null;
        await WaitAsync(async client => (active = await ActiveVersionAsync(client, CustomSource)) is not null && active != previous, $"{CustomFile} to be activated", Bound);
        return active!;
    }

    /// <summary>Waits until the current re-screen plan names <paramref name="version"/> of the custom list; its status then.</summary>
    public async Task<JsonElement> WaitForPlanAsync(string version)
    {
        JsonElement plan = default;
        await WaitAsync(async client => (plan = await PlanAsync(client)).ValueKind == JsonValueKind.Object && plan.GetProperty("enqueued").GetBoolean()
            && plan.GetProperty("versions").GetString()!.Contains($"{CustomSource}@{version}", StringComparison.Ordinal), $"a re-screen plan against {version}", Bound, pause: TimeSpan.FromMilliseconds(50));
        return plan;
    }

    /// <summary>Waits until a plan against <paramref name="version"/> has done every partition; its status then.</summary>
    public async Task<JsonElement> WaitForRescreenDoneAsync(string version)
    {
        JsonElement plan = default;
        await WaitAsync(async client => (plan = await PlanAsync(client)).ValueKind == JsonValueKind.Object
            && plan.GetProperty("versions").GetString()!.Contains($"{CustomSource}@{version}", StringComparison.Ordinal)
            && plan.GetProperty("partitionsDone").GetInt32() == plan.GetProperty("partitions").GetInt32(), $"the re-screen against {version} to finish", Bound);
        return plan;
    }

    /// <summary>Kills LocalHost as a crash would and starts it again on the same storage.</summary>
    public async Task KillAndRestartAppAsync()
    {
        await App.DisposeAsync();
        App = await LocalHostProcess.StartAsync(Storage.ConnectionString, _settings);
    }

    public async Task<IReadOnlyList<JsonElement>> SubjectsAsync()
    {
        using var client = Client();
        var subjects = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await JsonAsync(client, cursor is null ? "v1/subjects?limit=1000" : $"v1/subjects?limit=1000&cursor={Uri.EscapeDataString(cursor)}");
            subjects.AddRange(page.GetProperty("subjects").EnumerateArray());
            cursor = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return subjects;
    }

    public async Task<IReadOnlyList<JsonElement>> CustomAlertsAsync()
    {
        using var client = Client();
        var alerts = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var path = $"v1/alerts?source={Uri.EscapeDataString(CustomSource)}&limit=1000";
            var page = await JsonAsync(client, cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}");
            alerts.AddRange(page.GetProperty("alerts").EnumerateArray());
            cursor = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return alerts;
    }

    /// <summary>Waits until the topic received an event for every alert id (at least once).</summary>
    public async Task WaitForEventsAsync(IReadOnlyCollection<string> alertIds)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline && !alertIds.All(id => Topic.Events.Any(e => e.GetProperty("id").GetString() == id)))
        {
            await Task.Delay(200);
        }

        var published = Topic.Events.Select(e => e.GetProperty("id").GetString()).ToHashSet(StringComparer.Ordinal);
        Assert.True(alertIds.All(published.Contains), $"alerts without an event: {string.Join(", ", alertIds.Where(id => !published.Contains(id)))}");
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Storage.DisposeAsync();
        await Topic.DisposeAsync();
    }

    public static async Task<JsonElement> PlanAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("v1/monitoring/rescreen", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement : default;
        }
        catch (HttpRequestException)
        {
            return default;
        }
    }

    private async Task WaitAsync(Func<HttpClient, Task<bool>> done, string what, TimeSpan within, TimeSpan? pause = null)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + within;
        while (!await done(client))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds} s for {what}.\n{App.Log}");
            }

            await Task.Delay(pause ?? TimeSpan.FromMilliseconds(250));
        }
    }

    private static async Task<bool> ServesAsync(HttpClient client, string source)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("v1/health", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains($"\"source\":\"{source}\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<string?> ActiveVersionAsync(HttpClient client, string source)
    {
        try
        {
            var lists = await JsonAsync(client, "v1/lists");
            var status = lists.GetProperty("lists").EnumerateArray().FirstOrDefault(l => l.GetProperty("source").GetString() == source);
            return status.ValueKind == JsonValueKind.Object && status.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.Object
                ? active.GetProperty("version").GetString()
                : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
