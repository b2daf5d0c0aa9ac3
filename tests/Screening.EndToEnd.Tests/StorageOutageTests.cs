using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Screening.Testing;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// Azurite stopped under a running app: screening goes on from the list in memory, every route that needs storage
/// answers 503 <c>storage.unavailable</c> with Retry-After (never 500, never a made-up answer), and the app recovers
/// by itself once storage is back.
/// </summary>
public sealed class StorageOutageTests
{
    private const string MasterKey = "outage-master";

    [Fact]
    public async Task Routes_that_need_storage_answer_503_while_it_is_down_and_recover_after()
    {
        await using var storage = await AzuriteServer.StartAsync(persistent: true);
        await using var app = await LocalHostProcess.StartAsync(storage.ConnectionString, new Dictionary<string, string>
        {
            ["LocalHost:TimersEnabled"] = "false",
            ["LocalHost:MasterKey"] = MasterKey,
            ["Lists:RefreshOnStartup"] = "false",
            ["Lists:ActivationPollInterval"] = "00:00:01",
            ["Lists:Sources:un:Url"] = new Uri(TestPaths.Data("un", "2026-02-27", "consolidated.xml")).AbsoluteUri,
            ["Lists:Sources:ofac_sdn:Enabled"] = "false",
            ["Lists:Sources:ofac_cons:Enabled"] = "false",
        });
        using var client = await app.CreatePersonClientAsync("outage.drill", "Screening.Admin");
        client.DefaultRequestHeaders.Add("x-functions-key", MasterKey);
        using var refreshed = await client.PostAsync(new Uri("v1/lists/refresh?source=un", UriKind.Relative), null);
        var version = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("version").GetString()!;
        await WaitForAsync(client, "v1/health", HttpStatusCode.OK, TimeSpan.FromSeconds(30), () => app.Log);

        await storage.ShutDownAsync();

        string[] needStorage = ["v1/lists", "v1/lists/un/versions", "v1/screenings/no-such-request"];
        foreach (var route in needStorage)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            await AssertStorageUnavailableAsync(response, route);
        }

        using (var activation = await client.PostAsJsonAsync($"v1/lists/un/versions/{version}/activate", new { reason = "outage drill" }))
        {
            await AssertStorageUnavailableAsync(activation, "activate");
        }

        // The list in memory still answers; an outage of storage is no reason to stop screening.
        using (var screened = await client.PostAsJsonAsync("v1/screen/name", new { name = "KIM Jong Un" }))
        {
            Assert.True(screened.StatusCode == HttpStatusCode.OK, await screened.Content.ReadAsStringAsync());
        }

        await storage.RestartAsync();
        await WaitForAsync(client, "v1/lists", HttpStatusCode.OK, TimeSpan.FromSeconds(60), () => app.Log);
        using var versions = await client.GetAsync(new Uri("v1/lists/un/versions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, versions.StatusCode);
    }

    private static async Task AssertStorageUnavailableAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("storage.unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("about:blank", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("Service Unavailable", problem.RootElement.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }

    private static async Task WaitForAsync(HttpClient client, string route, HttpStatusCode expected, TimeSpan within, Func<string> log)
    {
        var deadline = DateTime.UtcNow + within;
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            if (response.StatusCode == expected)
            {
                return;
            }

            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            await Task.Delay(500);
        }

        throw new TimeoutException($"{route} did not answer {expected} within {within}; last: {last}\n{log()}");
    }
}
