using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// Version history and rollback over HTTP: two uploads of a custom list, a rollback to the first, and screening
/// answering from the first again on the running app. Every response is checked against the OpenAPI document.
/// </summary>
[Collection(LoadedAppGroup.Name)]
public sealed class ListVersionsTests(LoadedAppFixture app) : IAsyncLifetime
{
    private const string Source = "custom:e2e-rollback";
    private const string FileName = "e2e-rollback.csv";
    private const string OldAddress = "0x5a1e0000000000000000000000000000000000e1"; // invented, in the first upload only
    private const string NewAddress = "0x5a1e0000000000000000000000000000000000e2"; // invented, in the second upload only
    private const string OldName = "ZEPHYRINE QUALLSBURY-VANTORIAN";
    private static readonly string VersionsPath = $"v1/lists/{Uri.EscapeDataString(Source)}/versions";
    private OpenApiContract _contract = null!;

    public async Task InitializeAsync()
    {
        using var client = app.Client();
        _contract = await OpenApiContract.LoadAsync(client);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_uploads_then_a_rollback_serve_the_first_again()
    {
        using var client = app.Client();
        using var admin = await app.PersonAsync(LoadedAppFixture.Approver, LoadedAppFixture.ListApproverRole);
        var first = await UploadAsync(client, $"1,individual,{OldName},ETH:{OldAddress}\n2,entity,E2E ROLLBACK TRADING HOUSE,\n", null);
        var second = await UploadAsync(client, $"2,entity,E2E ROLLBACK TRADING HOUSE,\n3,individual,OSWINDA TRELAWNEY-KUNZMANN,ETH:{NewAddress}\n", first);
        await WaitUntilAsync(client, NewAddress, "match");
        Assert.Equal("no_match", (await ScreenAddressAsync(client, OldAddress)).GetProperty("result").GetString());

        using var versions = await client.GetAsync(new Uri(VersionsPath, UriKind.Relative));
        await _contract.AssertConformsAsync(versions, "GET", "/v1/lists/{source}/versions");
        var listed = (await Json(versions)).GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([second, first], listed.Select(v => v.GetProperty("version").GetString()));
        Assert.Equal(["active", "superseded"], listed.Select(v => v.GetProperty("status").GetString()));
        Assert.True(listed[1].GetProperty("canActivate").GetBoolean());

        using var refused = await client.PostAsJsonAsync($"{VersionsPath}/{first}/activate", new { reason = "function keys may not" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await _contract.AssertConformsAsync(refused, "POST", "/v1/lists/{source}/versions/{versionId}/activate");
        using var masterKey = app.Client(LoadedAppFixture.MasterKey);
        using var refusedMaster = await masterKey.PostAsJsonAsync($"{VersionsPath}/{first}/activate", new { reason = "nor may the master key" });
        Assert.Equal(HttpStatusCode.Unauthorized, refusedMaster.StatusCode);

        using var rolledBack = await admin.PostAsJsonAsync($"{VersionsPath}/{first}/activate", new { reason = "second upload dropped a listed person" });
        await _contract.AssertConformsAsync(rolledBack, "POST", "/v1/lists/{source}/versions/{versionId}/activate");
        var activation = await Json(rolledBack);
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal(("rollback", second), (activation.GetProperty("trigger").GetString(), activation.GetProperty("previousVersion").GetString()));
        using var listsAfter = await client.GetAsync(new Uri("v1/lists", UriKind.Relative));
        var rolledBackBy = (await Json(listsAfter)).GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("source").GetString() == Source).GetProperty("lastRefresh");
        Assert.Equal(LoadedAppFixture.Approver, rolledBackBy.GetProperty("requestedBy").GetString());

        // Served by the running app after its next pointer check (1 s here).
        var screened = await WaitUntilAsync(client, OldAddress, "match");
        Assert.Equal(Source + ":1", screened.GetProperty("matches")[0].GetProperty("entityId").GetString());
        Assert.Contains(screened.GetProperty("lists").EnumerateArray(), l => l.GetProperty("source").GetString() == Source && l.GetProperty("version").GetString() == first);
        Assert.Equal("no_match", (await ScreenAddressAsync(client, NewAddress)).GetProperty("result").GetString());
        using var byName = await client.PostAsJsonAsync("v1/screen/name", new { name = "Zephyrine Quallsbury-Vantorian", type = "individual" });
        await _contract.AssertConformsAsync(byName, "POST", "/v1/screen/name");
        var nameMatch = await Json(byName);
        Assert.Equal("match", nameMatch.GetProperty("result").GetString());
        Assert.Equal(Source + ":1", nameMatch.GetProperty("matches")[0].GetProperty("entityId").GetString());

        using var lists = await client.GetAsync(new Uri("v1/lists", UriKind.Relative));
        await _contract.AssertConformsAsync(lists, "GET", "/v1/lists");
        var status = (await Json(lists)).GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("source").GetString() == Source);
        Assert.Equal(first, status.GetProperty("active").GetProperty("version").GetString());
        var last = status.GetProperty("lastRefresh");
        Assert.Equal(("activated", "rollback", first, "second upload dropped a listed person"), (last.GetProperty("outcome").GetString(),
            last.GetProperty("trigger").GetString(), last.GetProperty("version").GetString(), last.GetProperty("reason").GetString()));

        using var after = await client.GetAsync(new Uri(VersionsPath, UriKind.Relative));
        var rolledBackFrom = (await Json(after)).GetProperty("versions")[0];
        Assert.Equal(("superseded", "second upload dropped a listed person"), (rolledBackFrom.GetProperty("status").GetString(), rolledBackFrom.GetProperty("rolledBackReason").GetString()));
    }

    [Fact]
    public async Task Version_errors_are_problem_json_with_stable_codes()
    {
        using var client = app.Client();
        using var admin = await app.PersonAsync(LoadedAppFixture.Approver, LoadedAppFixture.ListApproverRole);
        const string activate = "/v1/lists/{source}/versions/{versionId}/activate";
        var cases = new (Func<Task<HttpResponseMessage>> Send, string Method, string Path, HttpStatusCode Status, string Code)[]
        {
            (() => client.GetAsync(new Uri("v1/lists/nope/versions", UriKind.Relative)), "GET", "/v1/lists/{source}/versions", HttpStatusCode.NotFound, "lists.source_unknown"),
            (() => admin.PostAsJsonAsync("v1/lists/nope/versions/20260101T000000000Z-00000000/activate", new { reason = "x" }), "POST", activate, HttpStatusCode.NotFound, "lists.source_unknown"),
            (() => admin.PostAsJsonAsync("v1/lists/ofac-sdn/versions/20260101T000000000Z-00000000/activate", new { reason = "x" }), "POST", activate, HttpStatusCode.NotFound, "lists.version_unknown"),
            (() => admin.PostAsync(new Uri("v1/lists/ofac-sdn/versions/20260101T000000000Z-00000000/activate", UriKind.Relative), null), "POST", activate, HttpStatusCode.BadRequest, "request.invalid"),
            (() => admin.PostAsync(new Uri("v1/lists/ofac-sdn/versions/x/activate", UriKind.Relative), new StringContent("{\"reason\":", Encoding.UTF8, "application/json")), "POST", activate, HttpStatusCode.BadRequest, "request.malformed_json"),
            (async () => await admin.PostAsJsonAsync($"v1/lists/ofac-sdn/versions/{await ActiveVersionAsync(client, "ofac-sdn")}/activate", new { reason = "x" }), "POST", activate, HttpStatusCode.Conflict, "lists.version_not_activatable"),
        };

        foreach (var (send, method, path, status, code) in cases)
        {
            using var response = await send();
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(code, (await Json(response)).GetProperty("code").GetString());
            await _contract.AssertConformsAsync(response, method, path);
        }
    }

    /// <summary>Drops the CSV into list-inbox as compliance staff do and waits until the source serves a version other than <paramref name="previous"/>.</summary>
    private async Task<string> UploadAsync(HttpClient client, string rows, string? previous)
    {
        var inbox = new BlobContainerClient(app.Storage!.ConnectionString, "list-inbox");
        await inbox.GetBlobClient(FileName).UploadAsync(BinaryData.FromString("id,type,name,wallet_addresses\n" + rows), overwrite: true);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var active = await ActiveVersionAsync(client, Source);
            if (active is not null && active != previous)
            {
                return active;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{FileName} was not activated within 60 s.\n{app.App!.Log}");
    }

    private async Task<JsonElement> WaitUntilAsync(HttpClient client, string address, string result)
    {
        // Each activation rebuilds the index over every served list (OFAC, UN and MOF here): on a loaded shared machine that alone can take seconds.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var screened = await ScreenAddressAsync(client, address);
            if (screened.GetProperty("result").GetString() == result || DateTime.UtcNow > deadline)
            {
                Assert.Equal(result, screened.GetProperty("result").GetString());
                return screened;
            }

            await Task.Delay(250);
        }
    }

    private async Task<JsonElement> ScreenAddressAsync(HttpClient client, string address)
    {
        using var response = await client.PostAsJsonAsync("v1/screen/address", new { address });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/address");
        return await Json(response);
    }

    private static async Task<string?> ActiveVersionAsync(HttpClient client, string source)
    {
        using var response = await client.GetAsync(new Uri("v1/lists", UriKind.Relative));
        var status = (await Json(response)).GetProperty("lists").EnumerateArray().FirstOrDefault(l => l.GetProperty("source").GetString() == source);
        return status.ValueKind == JsonValueKind.Object && status.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.Object
            ? active.GetProperty("version").GetString()
            : null;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
