using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// Ongoing monitoring over HTTP on the running app: subjects registered and screened at once, alerts listed, read
/// and decided, a false positive staying quiet until the subject changes. Every response is checked against the OpenAPI document.
/// </summary>
[Collection(LoadedAppGroup.Name)]
public sealed class MonitoringTests(LoadedAppFixture app) : IAsyncLifetime
{
    // YAN Xiaobing (SDNTK), listed with this XBT address in the 2021 SDN remarks.
    private const string ListedXbt = "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h";
    private OpenApiContract _contract = null!;

    public async Task InitializeAsync()
    {
        using var client = app.Client();
        _contract = await OpenApiContract.LoadAsync(client);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registered_subjects_raise_alerts_that_a_reviewer_decides()
    {
        using var client = app.Client();
        var run = Guid.NewGuid().ToString("n")[..8];
        var byName = $"e2e-{run}-lazarus";
        var byWallet = $"e2e-{run}-wallet";

        using var named = await client.PutAsJsonAsync($"v1/subjects/{byName}", new { kind = "company", name = "Lazarus Group", country = "GB", clientReference = "crm-1" });
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        await _contract.AssertConformsAsync(named, "PUT", "/v1/subjects/{subjectId}");
        var namedBody = await Json(named);
        // The shared fixture also serves the Japanese MOF list, which lists the Lazarus Group too: the SDN alert is the one decided here.
        var nameAlerts = namedBody.GetProperty("alertsOpened").EnumerateArray().Select(a => a.GetString()!).ToList();
        var nameAlert = await AlertOfSourceAsync(client, nameAlerts, "ofac-sdn") ?? throw new Xunit.Sdk.XunitException(namedBody.ToString() + app.App!.Log);

        using var batch = await client.PostAsJsonAsync("v1/subjects/batch", new
        {
            subjects = new object[]
            {
                new { id = byWallet, kind = "wallet", wallets = new[] { new { address = ListedXbt } } },
                new { id = $"e2e-{run}-bad", kind = "person" },
            },
        });
        await _contract.AssertConformsAsync(batch, "POST", "/v1/subjects/batch");
        var results = (await Json(batch)).GetProperty("results");
        var walletAlert = results[0].GetProperty("alertsOpened").EnumerateArray().Single().GetString()!;
        Assert.True(results[1].GetProperty("problem").GetProperty("errors").TryGetProperty("name", out _));

        using var alert = await client.GetAsync(new Uri($"v1/alerts/{walletAlert}", UriKind.Relative));
        await _contract.AssertConformsAsync(alert, "GET", "/v1/alerts/{alertId}");
        var walletView = await Json(alert);
        Assert.Equal(("address", byWallet), (walletView.GetProperty("matchedOn").GetString(), walletView.GetProperty("subject").GetProperty("id").GetString()));
        Assert.Equal("ofac-sdn", walletView.GetProperty("entity").GetProperty("source").GetString());

        using var open = await client.GetAsync(new Uri($"v1/alerts?status=open&source=ofac-sdn&since={DateTimeOffset.UtcNow.AddHours(-1):O}".Replace("+", "%2B", StringComparison.Ordinal), UriKind.Relative));
        await _contract.AssertConformsAsync(open, "GET", "/v1/alerts");
        var openIds = (await Json(open)).GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains(nameAlert, openIds);
        Assert.Contains(walletAlert, openIds);

        var decisionRequestId = $"e2e-decision-{run}";
        using var decisionRequest = new HttpRequestMessage(HttpMethod.Post, $"v1/alerts/{nameAlert}/decision") { Content = JsonContent.Create(new { disposition = "false_positive", reason = "a bakery in Leeds" }) };
        decisionRequest.Headers.Add("x-request-id", decisionRequestId);
        using var reviewer = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        using var decided = await reviewer.SendAsync(decisionRequest);
        await _contract.AssertConformsAsync(decided, "POST", "/v1/alerts/{alertId}/decision");
        var decision = (await Json(decided)).GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("false_positive", LoadedAppFixture.Reviewer), (decision.GetProperty("status").GetString(), decision.GetProperty("by").GetString()));
        var audited = await AuditRecordAsync(decisionRequestId);
        Assert.Equal(("alert_decision", nameAlert, "false_positive"), (audited.GetProperty("kind").GetString(), audited.GetProperty("input").GetString(), audited.GetProperty("result").GetString()));

        using var unchanged = await client.PutAsJsonAsync($"v1/subjects/{byName}", new { kind = "company", name = "Lazarus Group", country = "GB", clientReference = "crm-2" });
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.Equal(0, (await Json(unchanged)).GetProperty("alertsOpened").GetArrayLength());

        using var changed = await client.PutAsJsonAsync($"v1/subjects/{byName}", new { kind = "company", name = "Lazarus Group", country = "KP" });
        var reraisedId = (await Json(changed)).GetProperty("alertsOpened").EnumerateArray().Single().GetString();
        using var reraised = await client.GetAsync(new Uri($"v1/alerts/{reraisedId}", UriKind.Relative));
        Assert.Equal("subject_changed", (await Json(reraised)).GetProperty("reraisedBecause").GetString());

        // The subject's audit: both alerts raised at registration and the decision between them, with who and why.
        using var admin = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        using var audit = await admin.GetAsync(new Uri($"v1/subjects/{byName}/audit", UriKind.Relative));
        await _contract.AssertConformsAsync(audit, "GET", "/v1/subjects/{subjectId}/audit");
        var events = (await Json(audit)).GetProperty("events").EnumerateArray()
            .Select(e => (Event: e.GetProperty("event").GetString(), Alert: e.TryGetProperty("alertId", out var a) ? a.GetString() : null, By: e.TryGetProperty("by", out var b) ? b.GetString() : null, Reason: e.TryGetProperty("reason", out var r) ? r.GetString() : null))
            .ToList();
        Assert.Contains(("alert_raised", nameAlert, "monitoring", "raised at registration"), events);
        Assert.Contains(("alert_decision", nameAlert, LoadedAppFixture.Reviewer, "a bakery in Leeds"), events);
        Assert.Contains(events, e => e.Event == "alert_raised" && e.Alert == reraisedId && e.Reason == "raised again at registration: subject_changed");
        using var auditCsv = await admin.GetAsync(new Uri($"v1/subjects/{byName}/audit?format=csv", UriKind.Relative));
        Assert.Equal("text/csv", auditCsv.Content.Headers.ContentType?.MediaType);
        var csvLines = (await auditCsv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,subjectId,event,by,alertId,entityId,entityName,source,listVersion,status,score,reason", csvLines[0]);
        Assert.Equal(events.Count + 1, csvLines.Length);
        using var withFunctionKey = await client.GetAsync(new Uri($"v1/subjects/{byName}/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, withFunctionKey.StatusCode);
        await _contract.AssertConformsAsync(withFunctionKey, "GET", "/v1/subjects/{subjectId}/audit");

        using var deleted = await client.DeleteAsync(new Uri($"v1/subjects/{byWallet}", UriKind.Relative));
        await _contract.AssertConformsAsync(deleted, "DELETE", "/v1/subjects/{subjectId}");
        using var kept = await client.GetAsync(new Uri($"v1/subjects/{byWallet}", UriKind.Relative));
        await _contract.AssertConformsAsync(kept, "GET", "/v1/subjects/{subjectId}");
        Assert.Equal("deregistered", (await Json(kept)).GetProperty("status").GetString());

        using var listed = await client.GetAsync(new Uri("v1/subjects?limit=1", UriKind.Relative));
        await _contract.AssertConformsAsync(listed, "GET", "/v1/subjects");
        Assert.Equal(1, (await Json(listed)).GetProperty("subjects").GetArrayLength());
    }

    [Fact]
    public async Task An_upload_that_designates_registered_subjects_raises_alerts_and_a_change_brings_a_false_positive_back()
    {
        const string source = "custom:e2e-monitor";
        const string wallet = "0x5a1e0000000000000000000000000000000000f3"; // invented
        using var client = app.Client();
        var run = Guid.NewGuid().ToString("n")[..8];
        var person = $"e2e-{run}-person";
        var holder = $"e2e-{run}-holder";
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync($"v1/subjects/{person}", new { kind = "person", name = "Oswinda Trelawney-Kunzmann", country = "GB" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync($"v1/subjects/{holder}", new { kind = "company", name = "Harbour Lantern Traders", wallets = new[] { new { address = wallet, chain = "ETH" } } })).StatusCode);

        await UploadAsync("e2e-monitor.csv", $"id,type,name,wallet_addresses\nP-1,individual,OSWINDA TRELAWNEY-KUNZMANN,\nW-1,entity,NIGHT HERON LOGISTICS,ETH:{wallet}\n");
        var raised = await WaitForAlertsAsync(client, source, a => a.Count(x => x.GetProperty("subjectId").GetString() is { } s && (s == person || s == holder)) == 2);
        var byName = raised.Single(a => a.GetProperty("subjectId").GetString() == person);
        var byWallet = raised.Single(a => a.GetProperty("subjectId").GetString() == holder);
        Assert.Equal(("name", "address"), (byName.GetProperty("matchedOn").GetString(), byWallet.GetProperty("matchedOn").GetString()));
        await WaitForEventsAsync(byName.GetProperty("id").GetString()!, byWallet.GetProperty("id").GetString()!);

        using var rescreen = await client.GetAsync(new Uri("v1/monitoring/rescreen", UriKind.Relative));
        await _contract.AssertConformsAsync(rescreen, "GET", "/v1/monitoring/rescreen");
        Assert.Contains(source, (await Json(rescreen)).GetProperty("versions").GetString(), StringComparison.Ordinal);

        var alertId = byName.GetProperty("id").GetString();
        using var reviewer = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        using var decided = await reviewer.PostAsJsonAsync($"v1/alerts/{alertId}/decision", new { disposition = "false_positive", reason = "different person, born 1990" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        // The list changes that entity (a date of birth is added): the false positive comes back, saying why.
        await UploadAsync("e2e-monitor.csv", $"id,type,name,wallet_addresses,date_of_birth\nP-1,individual,OSWINDA TRELAWNEY-KUNZMANN,,1961-04-02\nW-1,entity,NIGHT HERON LOGISTICS,ETH:{wallet},\n");
        var back = await WaitForAlertsAsync(client, source, a => a.Any(x => x.GetProperty("subjectId").GetString() == person && x.GetProperty("status").GetString() == "open"));
        var reraised = back.Single(a => a.GetProperty("subjectId").GetString() == person && a.GetProperty("status").GetString() == "open");
        Assert.Equal("entity_changed", reraised.GetProperty("reraisedBecause").GetString());
        Assert.NotEqual(alertId, reraised.GetProperty("id").GetString());
        Assert.Single(back, a => a.GetProperty("subjectId").GetString() == holder);
        await WaitForEventsAsync(reraised.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_csv_dropped_into_subjects_inbox_is_imported_with_a_report_per_file()
    {
        using var client = app.Client();
        var run = Guid.NewGuid().ToString("n")[..8];
        var inbox = new BlobContainerClient(app.Storage!.ConnectionString, "subjects-inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient($"import-{run}.csv").UploadAsync(BinaryData.FromString(
            $"id,kind,name,wallets\n{run}-a,company,Lazarus Group,\n{run}-b,person,,\n{run}-c,wallet,,{ListedXbt}\n"));

        var report = inbox.GetBlobClient($"processed/import-{run}.csv.report.json");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await report.ExistsAsync()).Value)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no import report within 60 s\n{app.App!.Log}");
            await Task.Delay(250);
        }

        using var json = JsonDocument.Parse((await report.DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal((2, 1), (json.RootElement.GetProperty("created").GetInt32(), json.RootElement.GetProperty("rejected").GetInt32()));
        Assert.Equal(3, json.RootElement.GetProperty("errors")[0].GetProperty("line").GetInt32());
        using var subject = await client.GetAsync(new Uri($"v1/subjects/{run}-c", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, subject.StatusCode);
    }

    [Fact]
    public async Task Monitoring_errors_are_problem_json_with_stable_codes()
    {
        using var client = app.Client();
        using var admin = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        using var approverOnly = await app.PersonAsync(LoadedAppFixture.Approver, LoadedAppFixture.ListApproverRole);
        var cases = new (Func<Task<HttpResponseMessage>> Send, string Method, string Path, HttpStatusCode Status, string Code)[]
        {
            (() => client.GetAsync(new Uri("v1/subjects/never-registered", UriKind.Relative)), "GET", "/v1/subjects/{subjectId}", HttpStatusCode.NotFound, "subject.not_found"),
            (() => client.PutAsJsonAsync("v1/subjects/x", new { kind = "wallet", wallets = new[] { new { address = "not-an-address" } } }), "PUT", "/v1/subjects/{subjectId}", HttpStatusCode.BadRequest, "request.invalid"),
            (() => client.GetAsync(new Uri("v1/alerts/al-00000000000000000000000000000000", UriKind.Relative)), "GET", "/v1/alerts/{alertId}", HttpStatusCode.NotFound, "alert.not_found"),
            (() => admin.PostAsJsonAsync("v1/alerts/al-00000000000000000000000000000000/decision", new { disposition = "false_positive", reason = "x" }), "POST", "/v1/alerts/{alertId}/decision", HttpStatusCode.NotFound, "alert.not_found"),
            (() => admin.PostAsJsonAsync("v1/alerts/al-00000000000000000000000000000000/decision", new { disposition = "maybe" }), "POST", "/v1/alerts/{alertId}/decision", HttpStatusCode.BadRequest, "request.invalid"),
            (() => client.PostAsJsonAsync("v1/alerts/al-00000000000000000000000000000000/decision", new { disposition = "false_positive", reason = "x" }), "POST", "/v1/alerts/{alertId}/decision", HttpStatusCode.Unauthorized, "auth.token_required"),
            (() => approverOnly.PostAsJsonAsync("v1/alerts/al-00000000000000000000000000000000/decision", new { disposition = "false_positive", reason = "x" }), "POST", "/v1/alerts/{alertId}/decision", HttpStatusCode.Forbidden, "auth.role_required"),
            (() => client.GetAsync(new Uri("v1/alerts?status=closed", UriKind.Relative)), "GET", "/v1/alerts", HttpStatusCode.BadRequest, "request.invalid"),
            (() => client.GetAsync(new Uri("v1/subjects?cursor=***", UriKind.Relative)), "GET", "/v1/subjects", HttpStatusCode.BadRequest, "request.invalid"),
            (() => admin.GetAsync(new Uri("v1/subjects/never-registered/audit", UriKind.Relative)), "GET", "/v1/subjects/{subjectId}/audit", HttpStatusCode.NotFound, "subject.not_found"),
            (() => admin.GetAsync(new Uri("v1/subjects/never-registered/audit?format=xml", UriKind.Relative)), "GET", "/v1/subjects/{subjectId}/audit", HttpStatusCode.BadRequest, "request.invalid"),
        };

        foreach (var (send, method, path, status, code) in cases)
        {
            using var response = await send();
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(code, (await Json(response)).GetProperty("code").GetString());
            await _contract.AssertConformsAsync(response, method, path);
        }
    }

    [Theory]
    [InlineData("v1/subjects", "v1/alerts")]
    [InlineData("v1/alerts", "v1/subjects")]
    public async Task A_made_up_truncated_tampered_or_foreign_cursor_is_a_400_naming_cursor(string listing, string otherListing)
    {
        using var client = app.Client();
        var run = Guid.NewGuid().ToString("n")[..8];
        // Two subjects, each raising alerts (SDN and MOF list the Lazarus Group), so both listings have a second page.
        foreach (var id in new[] { $"e2e-{run}-cursor-1", $"e2e-{run}-cursor-2" })
        {
            using var registered = await client.PutAsJsonAsync($"v1/subjects/{id}", new { kind = "company", name = "Lazarus Group" });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var issued = await NextCursorAsync(client, listing);
        var foreign = await NextCursorAsync(client, otherListing);
        using (var second = await client.GetAsync(new Uri($"{listing}?limit=1&cursor={issued}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            await _contract.AssertConformsAsync(second, "GET", "/" + listing);
        }

        var tampered = issued[..5] + (issued[5] == 'A' ? 'B' : 'A') + issued[6..];
        foreach (var cursor in new[] { "bWFkZS11cA", "MSE4IWJtOXVaUS0tIDEhOCFibTl1WlEtLQ", issued[..^4], tampered, foreign })
        {
            using var response = await client.GetAsync(new Uri($"{listing}?limit=1&cursor={Uri.EscapeDataString(cursor)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await _contract.AssertConformsAsync(response, "GET", "/" + listing);
            var problem = await Json(response);
            Assert.Equal("request.invalid", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), problem.ToString());
        }
    }

    private static async Task<string> NextCursorAsync(HttpClient client, string listing)
    {
        using var first = await client.GetAsync(new Uri($"{listing}?limit=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        return (await Json(first)).GetProperty("next").GetString()!;
    }

    /// <summary>Waits until the topic received one CloudEvent per alert id, with the event id being the alert id.</summary>
    private async Task WaitForEventsAsync(params string[] alertIds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!alertIds.All(id => app.Topic.Events.Any(e => e.GetProperty("id").GetString() == id)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.All(alertIds, id => Assert.Contains(app.Topic.Events, e => e.GetProperty("id").GetString() == id && e.GetProperty("type").GetString() == "Screening.Monitoring.AlertOpened"));
    }

    /// <summary>The audit record of one request, once the audit writer has stored it (within about a second).</summary>
    private async Task<JsonElement> AuditRecordAsync(string requestId)
    {
        using var admin = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await admin.GetAsync(new Uri($"v1/screenings/{requestId}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (await Json(response)).GetProperty("records")[0];
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No audit record under {requestId}.");
    }

    private async Task UploadAsync(string fileName, string csv)
    {
        var inbox = new BlobContainerClient(app.Storage!.ConnectionString, "list-inbox");
        await inbox.GetBlobClient(fileName).UploadAsync(BinaryData.FromString(csv), overwrite: true);
    }

    /// <summary>Polls the alerts of one source until <paramref name="done"/> holds: the upload is ingested, activated, planned and re-screened through the queue.</summary>
    private async Task<List<JsonElement>> WaitForAlertsAsync(HttpClient client, string source, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        List<JsonElement> alerts = [];
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri($"v1/alerts?source={Uri.EscapeDataString(source)}&limit=1000", UriKind.Relative));
            await _contract.AssertConformsAsync(response, "GET", "/v1/alerts");
            alerts = [.. (await Json(response)).GetProperty("alerts").EnumerateArray()];
            if (done(alerts))
            {
                return alerts;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The alerts of {source} did not arrive within 90 s; saw {alerts.Count}.\n{app.App!.Log}");
    }

    private static async Task<string?> AlertOfSourceAsync(HttpClient client, IEnumerable<string> alertIds, string source)
    {
        foreach (var id in alertIds)
        {
            using var response = await client.GetAsync(new Uri($"v1/alerts/{id}", UriKind.Relative));
            if ((await Json(response)).GetProperty("source").GetString() == source)
            {
                return id;
            }
        }

        return null;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
