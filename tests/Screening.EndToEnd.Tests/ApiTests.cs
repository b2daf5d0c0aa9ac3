using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Screening.EndToEnd.Tests;

/// <summary>The HTTP contract, over real HTTP against LocalHost and Azurite, every response checked against the OpenAPI document.</summary>
[Collection(LoadedAppGroup.Name)]
public sealed class ApiTests(LoadedAppFixture app) : IAsyncLifetime
{
    private const string ListedXbt = "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"; // YAN Xiaobing, ofac-sdn:25308 (2021 SDN remarks)
    private OpenApiContract _contract = null!;

    public async Task InitializeAsync()
    {
        using var client = app.Client();
        _contract = await OpenApiContract.LoadAsync(client);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_listed_address_is_a_match_with_evidence_and_no_store()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/address", new { address = ListedXbt, chain = "XBT" });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/address");
        var body = await Json(response);
        Assert.Equal("match", body.GetProperty("result").GetString());
        Assert.Equal("ofac-sdn:25308", body.GetProperty("matches")[0].GetProperty("entityId").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.Contains("x-request-id"));
    }

    [Fact]
    public async Task The_get_form_screens_the_same_address()
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri($"v1/screen/address/{ListedXbt}?chain=BTC", UriKind.Relative));
        await _contract.AssertConformsAsync(response, "GET", "/v1/screen/address/{address}");
        Assert.Equal("match", (await Json(response)).GetProperty("result").GetString());
    }

    [Theory]
    [InlineData("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9i", null, "address.checksum")]
    [InlineData("not-a-wallet", null, "address.unrecognized")]
    [InlineData(ListedXbt, "ETH", "address.chain_mismatch")]
    public async Task Bad_addresses_are_400_with_a_reason_never_no_match(string address, string? chain, string code)
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/address", new { address, chain });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/address");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Json(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_listed_name_in_another_order_and_case_is_a_match_with_an_explanation()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/name", new { name = "kim jong un", type = "individual", country = "KP" });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/name");
        var body = await Json(response);
        Assert.Equal("match", body.GetProperty("result").GetString());
        var top = body.GetProperty("matches")[0];
        Assert.Equal("name", top.GetProperty("matchedOn").GetString());
        Assert.Contains("KIM", top.GetProperty("explanation").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ユン・ホジン")]
    [InlineData("Yun Ho-jin")]
    [InlineData("윤호진")]
    public async Task Katakana_English_and_Hangul_spellings_match_the_MOF_UN_and_OFAC_entries_of_one_person(string name)
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/name", new { name });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/name");
        var body = await Json(response);
        Assert.Equal("match", body.GetProperty("result").GetString());
        var matched = body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("entityId").GetString()).ToList();
        Assert.Contains("jp-mof:15-1", matched);
        Assert.Contains("un:KPi.001", matched);
        Assert.Contains("ofac-sdn:12218", matched);
    }

    [Fact]
    public async Task A_MOF_entry_is_served_with_its_katakana_name_and_list()
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri("v1/entities/jp-mof:15-1", UriKind.Relative));
        await _contract.AssertConformsAsync(response, "GET", "/v1/entities/{entityId}");
        var body = await Json(response);
        var entity = body.GetProperty("entity");
        Assert.Equal("Yun Ho-jin", entity.GetProperty("primaryName").GetProperty("value").GetString());
        Assert.Contains(entity.GetProperty("names").EnumerateArray(), n => n.GetProperty("value").GetString() == "ユン・ホジン" && n.GetProperty("script").GetString() == "Kana");
        Assert.Equal("jp-mof", body.GetProperty("list").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Batch_results_keep_request_order()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/batch", new
        {
            items = new object[]
            {
                new { id = "c-1", name = "Margaret Oyelaran-Whitfield", type = "individual" },
                new { id = "c-2", address = ListedXbt },
                new { id = "c-3", name = "LAZARUS GROUP", type = "entity" },
            },
        });
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/batch");
        var results = (await Json(response)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["c-1", "c-2", "c-3"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["no_match", "match", "match"], results.Select(r => r.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task A_bad_batch_item_is_answered_by_its_own_problem_and_the_rest_are_screened()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/batch", new
        {
            items = new object[]
            {
                new { id = "good", address = ListedXbt },
                new { id = "bad", address = "not-an-address" },
                new { id = "worse", name = "X", threshold = 2 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _contract.AssertConformsAsync(response, "POST", "/v1/screen/batch");
        var results = (await Json(response)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("match", results[0].GetProperty("result").GetString());
        Assert.Equal("address.unrecognized", results[1].GetProperty("problem").GetProperty("code").GetString());
        Assert.False(results[1].TryGetProperty("result", out _));
        Assert.True(results[2].GetProperty("problem").GetProperty("errors").TryGetProperty("threshold", out _));
    }

    [Fact]
    public async Task Lists_show_every_source_with_counts_and_the_last_attempt()
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri("v1/lists", UriKind.Relative));
        await _contract.AssertConformsAsync(response, "GET", "/v1/lists");
        var lists = (await Json(response)).GetProperty("lists").EnumerateArray().ToDictionary(l => l.GetProperty("source").GetString()!);
        Assert.Equal(8976, lists["ofac-sdn"].GetProperty("active").GetProperty("counts").GetProperty("entities").GetInt32());
        Assert.Equal(1003, lists["un"].GetProperty("active").GetProperty("counts").GetProperty("entities").GetInt32());
        Assert.Equal("activated", lists["un"].GetProperty("lastRefresh").GetProperty("outcome").GetString());
        Assert.Equal(2862, lists["jp-mof"].GetProperty("active").GetProperty("counts").GetProperty("entities").GetInt32());
        Assert.True(lists["eu-fsf"].GetProperty("configured").GetBoolean());
    }

    [Fact]
    public async Task An_entity_is_returned_in_full_and_an_unknown_one_is_404()
    {
        using var client = app.Client();
        using var found = await client.GetAsync(new Uri("v1/entities/ofac-sdn:25308", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("v1/entities/ofac-sdn:0", UriKind.Relative));
        await _contract.AssertConformsAsync(found, "GET", "/v1/entities/{entityId}");
        await _contract.AssertConformsAsync(missing, "GET", "/v1/entities/{entityId}");
        Assert.Contains((await Json(found)).GetProperty("entity").GetProperty("digitalCurrencyAddresses").EnumerateArray(), a => a.GetProperty("value").GetString() == ListedXbt);
        Assert.Equal("entity.not_found", (await Json(missing)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_screening_is_in_the_audit_trail_under_its_request_id()
    {
        using var client = app.Client();
        var requestId = "e2e-audit-" + Guid.NewGuid().ToString("n");
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/screen/batch")
        {
            Content = JsonContent.Create(new { items = new object[] { new { id = "a", name = "LAZARUS GROUP" }, new { id = "b", address = ListedXbt } } }),
        };
        request.Headers.Add("x-request-id", requestId);
        using var screened = await client.SendAsync(request);
        Assert.Equal(requestId, screened.Headers.GetValues("x-request-id").Single());

        using var admin = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        JsonElement records = default;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await admin.GetAsync(new Uri($"v1/screenings/{requestId}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await _contract.AssertConformsAsync(response, "GET", "/v1/screenings/{requestId}");
                records = (await Json(response)).GetProperty("records");
                break;
            }

            await Task.Delay(250);
        }

        Assert.Equal(2, records.GetArrayLength());
        Assert.Equal(LoadedAppFixture.FunctionKeyName, records[0].GetProperty("caller").GetString());
        Assert.Equal(["match", "match"], records.EnumerateArray().Select(r => r.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Admin_refresh_activates_a_file_source_for_a_list_approver_and_refuses_keys_and_other_roles()
    {
        foreach (var key in new[] { LoadedAppFixture.FunctionKey, LoadedAppFixture.MasterKey })
        {
            using var keyOnly = app.Client(key);
            using var refused = await keyOnly.PostAsync(new Uri("v1/lists/refresh?source=ofac-cons", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.ToString());
            await _contract.AssertConformsAsync(refused, "POST", "/v1/lists/refresh");
        }

        using var reviewer = await app.PersonAsync(LoadedAppFixture.Reviewer, LoadedAppFixture.ReviewerRole);
        using var forbidden = await reviewer.PostAsync(new Uri("v1/lists/refresh?source=ofac-cons", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await _contract.AssertConformsAsync(forbidden, "POST", "/v1/lists/refresh");

        using var admin = await app.PersonAsync(LoadedAppFixture.Approver, LoadedAppFixture.ListApproverRole);
        using var response = await admin.PostAsync(new Uri("v1/lists/refresh?source=ofac-cons", UriKind.Relative), null);
        await _contract.AssertConformsAsync(response, "POST", "/v1/lists/refresh");
        var result = (await Json(response)).GetProperty("results")[0];
        Assert.Equal("activated", result.GetProperty("outcome").GetString());
        await app.WaitUntilServingAsync(["ofac-sdn", "un", "ofac-cons"]);

        using var unknown = await admin.PostAsync(new Uri("v1/lists/refresh?source=nope", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Keys_are_required_and_checked()
    {
        using var anonymous = app.Client(key: null);
        using var wrong = app.Client("wrong-key");
        using var none = await anonymous.PostAsJsonAsync("v1/screen/name", new { name = "X" });
        using var bad = await wrong.PostAsJsonAsync("v1/screen/name", new { name = "X" });
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (none.StatusCode, bad.StatusCode));
        await _contract.AssertConformsAsync(none, "POST", "/v1/screen/name");
        using var health = await anonymous.GetAsync(new Uri("v1/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await _contract.AssertConformsAsync(health, "GET", "/v1/health");
    }

    [Fact]
    public async Task Every_error_path_is_problem_json_with_a_stable_code()
    {
        using var client = app.Client();
        var cases = new (Func<Task<HttpResponseMessage>> Send, string Method, string Path, HttpStatusCode Status, string Code)[]
        {
            (() => client.PostAsync(new Uri("v1/screen/name", UriKind.Relative), new StringContent("{\"name\":", Encoding.UTF8, "application/json")), "POST", "/v1/screen/name", HttpStatusCode.BadRequest, "request.malformed_json"),
            (() => client.PostAsync(new Uri("v1/screen/name", UriKind.Relative), new StringContent("name=X", Encoding.UTF8, "text/plain")), "POST", "/v1/screen/name", HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type"),
            (() => client.PostAsync(new Uri("v1/screen/batch", UriKind.Relative), new StringContent(new string(' ', 1_100_000) + "{}", Encoding.UTF8, "application/json")), "POST", "/v1/screen/batch", HttpStatusCode.RequestEntityTooLarge, "request.too_large"),
            (() => client.PostAsJsonAsync("v1/screen/name", new { name = "X", threshold = 2, country = "ZZ" }), "POST", "/v1/screen/name", HttpStatusCode.BadRequest, "request.invalid"),
            (() => client.PostAsJsonAsync("v1/screen/batch", new { items = Array.Empty<object>() }), "POST", "/v1/screen/batch", HttpStatusCode.BadRequest, "request.invalid"),
            (() => client.DeleteAsync(new Uri("v1/screen/name", UriKind.Relative)), "POST", "/v1/screen/name", HttpStatusCode.MethodNotAllowed, "method.not_allowed"),
        };

        foreach (var (send, method, path, status, code) in cases)
        {
            using var response = await send();
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(code, (await Json(response)).GetProperty("code").GetString());
            await _contract.AssertConformsAsync(response, method, path);
        }

        using var unknown = await client.GetAsync(new Uri("v2/anything", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("route.not_found", (await Json(unknown)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validation_errors_name_each_field()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("v1/screen/name", new { name = "X", threshold = 2, country = "ZZ", dateOfBirth = "84" });
        var errors = (await Json(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("threshold", out _));
        Assert.True(errors.TryGetProperty("country", out _));
        Assert.True(errors.TryGetProperty("dateOfBirth", out _));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
