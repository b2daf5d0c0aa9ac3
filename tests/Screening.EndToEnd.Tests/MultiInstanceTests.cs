using System.Net.Http.Json;
using System.Text.Json;
using Screening.Testing;

namespace Screening.EndToEnd.Tests;

/// <summary>Two app instances on one storage account, as when Azure scales out.</summary>
public sealed class MultiInstanceTests
{
    private const string MasterKey = "multi-master";

    [Fact]
    public async Task A_refresh_on_one_instance_is_served_by_both_within_the_activation_bound()
    {
        await using var storage = await AzuriteServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["LocalHost:TimersEnabled"] = "false",
            ["LocalHost:MasterKey"] = MasterKey,
            ["Lists:RefreshOnStartup"] = "false",
            ["Lists:ActivationPollInterval"] = "00:00:02",
            ["Lists:Sources:un:Url"] = new Uri(TestPaths.Data("un", "2026-02-27", "consolidated.xml")).AbsoluteUri,
            ["Lists:Sources:ofac_sdn:Enabled"] = "false",
            ["Lists:Sources:ofac_cons:Enabled"] = "false",
            // Uploads are not part of this test; only one instance would take them in Azure (Event Grid).
            ["AzureWebJobs:ListInbox:Disabled"] = "true",
        };
        await using var first = await LocalHostProcess.StartAsync(storage.ConnectionString, settings);
        await using var second = await LocalHostProcess.StartAsync(storage.ConnectionString, settings);
        using var refresher = await first.CreatePersonClientAsync("multi.refresher", "Screening.ListApprover");

        using var refreshed = await refresher.PostAsync(new Uri("v1/lists/refresh?source=un", UriKind.Relative), null);
        var version = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("version").GetString();
        Assert.False(string.IsNullOrEmpty(version), await refreshed.Content.ReadAsStringAsync());

        // Both within a few poll intervals (2 s) plus the index build of the activation, not merely eventually.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        foreach (var instance in new[] { first, second })
        {
            using var client = instance.CreateClient();
            Assert.True(await ServesAsync(client, version!, deadline), $"an instance did not serve {version} within 15 s of the refresh:\n{instance.Log}");
        }
    }

    private static async Task<bool> ServesAsync(HttpClient client, string version, DateTime deadline)
    {
        while (DateTime.UtcNow < deadline)
        {
            var body = await client.GetStringAsync(new Uri("v1/health", UriKind.Relative)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : string.Empty, TaskScheduler.Default);
            if (body.Contains(version, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
