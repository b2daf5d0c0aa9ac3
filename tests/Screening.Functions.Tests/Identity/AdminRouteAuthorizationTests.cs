using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Functions.Console;
using Screening.Functions.Http;
using Screening.Functions.Identity;
using Screening.Functions.Tests.Lists;
using Screening.Functions.Validation;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Versions;
using Screening.Infrastructure.Storage;
using Screening.Testing;

namespace Screening.Functions.Tests.Identity;

/// <summary>
/// A /v1 admin route (version activation) behind the real Entra ID validator and a local OpenID Connect issuer: no
/// token, a bad token or a key is 401, a missing role 403, an issuer that cannot be reached 503; the right role
/// activates and the history records the token's person or application, not a key.
/// </summary>
public sealed class AdminRouteAuthorizationTests(ListStoreFixture store) : IClassFixture<ListStoreFixture>, IDisposable
{
    private readonly OpenIdServer _issuer = OpenIdServer.Start();

    [Fact]
    public async Task Without_a_token_the_route_answers_401_with_a_bearer_challenge_even_with_the_master_key()
    {
        var (source, held) = await HeldVersionAsync();
        var request = ActivationRequest(source, held, token: null);
        request.Headers["x-functions-key"] = "the-master-key";

        var (status, body, headers) = await ActivateAsync(request, source, held);

        Assert.Equal((401, ProblemCodes.AuthTokenRequired), (status, body.GetProperty("code").GetString()));
        Assert.Equal("Bearer", headers.WWWAuthenticate.ToString());
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("expired")]
    public async Task A_token_for_another_audience_or_an_expired_one_answers_401_invalid_token(string flaw)
    {
        var (source, held) = await HeldVersionAsync();
        var token = flaw == "audience"
            ? _issuer.Token([ConsoleRoles.ListApprover], audience: "api://another-app")
            : _issuer.Token([ConsoleRoles.ListApprover], expires: DateTime.UtcNow.AddMinutes(-5));

        var (status, body, headers) = await ActivateAsync(ActivationRequest(source, held, token), source, held);

        Assert.Equal((401, ProblemCodes.AuthTokenInvalid), (status, body.GetProperty("code").GetString()));
        Assert.StartsWith("Bearer error=\"invalid_token\"", headers.WWWAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_is_refused_with_403_naming_the_list_approver_role()
    {
        var (source, held) = await HeldVersionAsync();

        var (status, body, _) = await ActivateAsync(ActivationRequest(source, held, _issuer.Token([ConsoleRoles.Reviewer])), source, held);

        Assert.Equal((403, ProblemCodes.AuthRoleRequired), (status, body.GetProperty("code").GetString()));
        Assert.Contains(ConsoleRoles.ListApprover, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_approver_activates_and_the_history_records_the_person_with_the_object_id()
    {
        var (source, held) = await HeldVersionAsync();

        var (status, _, _) = await ActivateAsync(ActivationRequest(source, held, _issuer.Token([ConsoleRoles.ListApprover], user: "ada@example.org", oid: "oid-ada")), source, held);

        Assert.Equal(200, status);
        Assert.Equal("ada@example.org <oid-ada>", await RequestedByAsync(source));
    }

    [Fact]
    public async Task An_application_token_holding_the_role_activates_and_is_recorded_as_the_application()
    {
        var (source, held) = await HeldVersionAsync();
        var token = _issuer.Token([ConsoleRoles.Admin], user: null, oid: "oid-pipeline", azp: "release-pipeline");

        var (status, _, _) = await ActivateAsync(ActivationRequest(source, held, token), source, held);

        Assert.Equal(200, status);
        Assert.Equal("application release-pipeline <oid-pipeline>", await RequestedByAsync(source));
    }

    [Fact]
    public async Task Whoever_uploaded_the_held_content_through_the_console_cannot_approve_it_on_the_v1_route_either()
    {
        var (source, held) = await HeldVersionAsync();
        var record = (await store.Services.GetRequiredService<ListCatalog>().GetVersionHistoryAsync(source, CancellationToken.None))!
            .Versions.Single(v => v.Record.VersionId == held).Record;
        var uploader = new ConsolePerson("oid-uma", "uma@example.org", new HashSet<string> { ConsoleRoles.ListApprover });
        await store.Services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);
        await store.Services.GetRequiredService<ListStorage>().Table(ListTables.ConsoleUploads)
            .UpsertEntityAsync(new Azure.Data.Tables.TableEntity(record.ContentHash, "oid-uma") { ["UploadedBy"] = uploader.Actor });

        var own = await ActivateAsync(ActivationRequest(source, held, _issuer.Token([ConsoleRoles.ListApprover], user: "uma@example.org", oid: "oid-uma")), source, held);
        var other = await ActivateAsync(ActivationRequest(source, held, _issuer.Token([ConsoleRoles.ListApprover], user: "bob@example.org", oid: "oid-bob")), source, held);

        Assert.Equal((403, ProblemCodes.ConsoleFourEyes), (own.Status, own.Body.GetProperty("code").GetString()));
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task When_the_issuer_cannot_be_reached_the_route_answers_503_with_retry_after()
    {
        var (source, held) = await HeldVersionAsync();
        _issuer.GoDown();

        var (status, body, headers) = await ActivateAsync(ActivationRequest(source, held, _issuer.Token([ConsoleRoles.ListApprover])), source, held);

        Assert.Equal((503, ProblemCodes.AuthUnavailable), (status, body.GetProperty("code").GetString()));
        Assert.Equal(ApiProblem.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), headers.RetryAfter.ToString());
    }

    public void Dispose() => _issuer.Dispose();

    private async Task<(string Source, string Held)> HeldVersionAsync()
    {
        var name = "auth-" + Guid.NewGuid().ToString("N")[..10];
        await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE");
        return ("custom:" + name, await store.UploadAsync(name, "ALPHA ONE"));
    }

    private static Microsoft.AspNetCore.Http.HttpRequest ActivationRequest(string source, string versionId, string? token)
    {
        var request = ListStoreFixture.Request($"/api/v1/lists/{source}/versions/{versionId}/activate", "{\"reason\":\"checked the delisting notice\"}");
        request.Method = "POST";
        if (token is not null)
        {
            request.Headers.Authorization = "Bearer " + token;
        }

        return request;
    }

    private async Task<(int Status, JsonElement Body, Microsoft.AspNetCore.Http.IHeaderDictionary Headers)> ActivateAsync(Microsoft.AspNetCore.Http.HttpRequest request, string source, string versionId)
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);
        var function = new ActivateListVersion(
            store.Services.GetRequiredService<ListVersionActivation>(), new ActivateVersionRequestValidator(), new RoleGate(validator),
            store.Services.GetRequiredService<ListCatalog>(), new ConsoleUploads(store.Services.GetRequiredService<ListStorage>(), TimeProvider.System),
            NullLogger<ActivateListVersion>.Instance);
        var (status, body) = await ListStoreFixture.ExecuteAsync(await function.Run(request, source, versionId, CancellationToken.None), request);
        return (status, body, request.HttpContext.Response.Headers);
    }

    private async Task<string?> RequestedByAsync(string source)
    {
        var attempts = await store.Services.GetRequiredService<ListCatalog>().GetAttemptsAsync(source, 1, CancellationToken.None);
        return attempts[0].RequestedBy;
    }
}
