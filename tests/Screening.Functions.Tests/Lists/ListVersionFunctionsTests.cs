using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Functions.Console;
using Screening.Functions.Http;
using Screening.Functions.Identity;
using Screening.Functions.Validation;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Versions;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Tests.Lists;

/// <summary>The version history and activation functions against the real list store: validation, problems, success.</summary>
public sealed class ListVersionFunctionsTests(ListStoreFixture store) : IClassFixture<ListStoreFixture>
{
    private readonly ActivateListVersion _activate = new(
        store.Services.GetRequiredService<ListVersionActivation>(), new ActivateVersionRequestValidator(),
        new RoleGate(new UnconfiguredConsoleAuthenticator()), store.Services.GetRequiredService<ListCatalog>(),
        new ConsoleUploads(store.Services.GetRequiredService<ListStorage>(), TimeProvider.System), NullLogger<ActivateListVersion>.Instance);

    /// <summary>The list approver these tests act as (signed in as the console signs people in; tokens are tested in Identity/).</summary>
    private static readonly ConsolePerson Approver = new("oid-approver", "approver@example.org", new HashSet<string> { ConsoleRoles.ListApprover });

    private readonly ListVersions _versions = new(store.Services.GetRequiredService<ListCatalog>(), NullLogger<ListVersions>.Instance);

    [Fact]
    public async Task The_history_lists_every_version_newest_first_and_says_which_can_be_activated()
    {
        var name = UniqueName();
        var first = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE");
        var second = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE", "DELTA FOUR");
        var held = await store.UploadAsync(name, "ALPHA ONE");

        var (status, body) = await VersionsAsync("custom:" + name);

        Assert.Equal(200, status);
        Assert.Equal(second, body.GetProperty("activeVersion").GetString());
        var versions = body.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([held, second, first], versions.Select(v => v.GetProperty("version").GetString()));
        Assert.Equal(["held", "active", "superseded"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal([true, false, true], versions.Select(v => v.GetProperty("canActivate").GetBoolean()));
        Assert.Equal([false, true, false], versions.Select(v => v.GetProperty("active").GetBoolean()));
        Assert.Contains("Held for approval", versions[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("already active", versions[1].GetProperty("notActivatableReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, versions[1].GetProperty("counts").GetProperty("entities").GetInt32());
        Assert.Equal(64, versions[2].GetProperty("contentHash").GetString()!.Length);
    }

    [Fact]
    public async Task An_unknown_source_has_no_history()
    {
        var (status, body) = await VersionsAsync("custom:" + UniqueName());

        Assert.Equal((404, ProblemCodes.SourceUnknown), (status, body.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(null, null, "application/json", 400, ProblemCodes.ValidationFailed)]
    [InlineData("{}", null, "application/json", 400, ProblemCodes.ValidationFailed)]
    [InlineData("{\"reason\":\"   \"}", null, "application/json", 400, ProblemCodes.ValidationFailed)]
    [InlineData(null, "?reason=", "application/json", 400, ProblemCodes.ValidationFailed)]
    [InlineData("{\"reason\":\"body\"}", "?reason=query", "application/json", 400, ProblemCodes.ValidationFailed)]
    [InlineData("{\"reason\":\"x\",\"why\":\"y\"}", null, "application/json", 400, ProblemCodes.MalformedJson)]
    [InlineData("reason=x", null, "text/plain", 415, ProblemCodes.UnsupportedMediaType)]
    public async Task A_request_without_a_proper_reason_is_refused_before_anything_is_looked_up(string? body, string? query, string contentType, int status, string code)
    {
        var (actual, problem) = await ActivateAsync("custom:" + UniqueName(), "20260101T000000000Z-00000000", body, query, contentType);

        Assert.Equal((status, code), (actual, problem.GetProperty("code").GetString()));
        if (code == ProblemCodes.ValidationFailed)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        }
    }

    [Fact]
    public async Task A_reason_over_500_characters_is_refused()
    {
        var (status, problem) = await ActivateAsync("custom:" + UniqueName(), "20260101T000000000Z-00000000", JsonSerializer.Serialize(new { reason = new string('r', 501) }));

        Assert.Equal(400, status);
        Assert.Contains("at most 500", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_sources_and_versions_are_404_and_versions_that_cannot_be_activated_409()
    {
        var name = UniqueName();
        var active = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO");

        var unknownSource = await ActivateAsync("custom:" + UniqueName(), active, ReasonBody);
        var unknownVersion = await ActivateAsync("custom:" + name, "20260101T000000000Z-00000000", ReasonBody);
        var alreadyActive = await ActivateAsync("custom:" + name, active, ReasonBody);

        Assert.Equal((404, ProblemCodes.SourceUnknown), (unknownSource.Status, unknownSource.Body.GetProperty("code").GetString()));
        Assert.Equal((404, ProblemCodes.VersionUnknown), (unknownVersion.Status, unknownVersion.Body.GetProperty("code").GetString()));
        Assert.Equal((409, ProblemCodes.VersionNotActivatable), (alreadyActive.Status, alreadyActive.Body.GetProperty("code").GetString()));
        Assert.Contains("already active", alreadyActive.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activation_while_the_source_is_locked_is_409_source_busy()
    {
        var name = UniqueName();
        var first = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO");
        await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE");

        await using var refreshing = await store.Services.GetRequiredService<SourceLock>().TryAcquireAsync("custom:" + name, CancellationToken.None);
        var (status, problem) = await ActivateAsync("custom:" + name, first, ReasonBody);

        Assert.NotNull(refreshing);
        Assert.Equal((409, ProblemCodes.SourceBusy), (status, problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_rollback_by_query_reason_answers_what_is_served_now()
    {
        var name = UniqueName();
        var first = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO");
        var second = await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE");

        var (status, body) = await ActivateAsync("custom%3A" + name, first, query: "?reason=CHARLIE%20THREE%20was%20added%20by%20mistake");

        Assert.Equal(200, status);
        Assert.Equal(("custom:" + name, first, "rollback", second), (body.GetProperty("source").GetString(), body.GetProperty("version").GetString(),
            body.GetProperty("trigger").GetString(), body.GetProperty("previousVersion").GetString()));
        Assert.Equal("CHARLIE THREE was added by mistake", body.GetProperty("reason").GetString());
        Assert.Equal(1, body.GetProperty("delta").GetProperty("removed").GetInt32());
        var (_, history) = await VersionsAsync("custom:" + name);
        var rolledBackFrom = history.GetProperty("versions")[0];
        Assert.Equal(("superseded", "CHARLIE THREE was added by mistake"), (rolledBackFrom.GetProperty("status").GetString(), rolledBackFrom.GetProperty("rolledBackReason").GetString()));
    }

    [Fact]
    public async Task A_held_version_is_approved_with_a_json_reason()
    {
        var name = UniqueName();
        await store.UploadAsync(name, "ALPHA ONE", "BRAVO TWO", "CHARLIE THREE");
        var held = await store.UploadAsync(name, "ALPHA ONE");

        var (status, body) = await ActivateAsync("custom:" + name, held, "{\"reason\":\"  two entries delisted on purpose  \"}");

        Assert.Equal(200, status);
        Assert.Equal(("approval", "two entries delisted on purpose"), (body.GetProperty("trigger").GetString(), body.GetProperty("reason").GetString()));
    }

    private const string ReasonBody = "{\"reason\":\"test\"}";

    private static string UniqueName() => "fn-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<(int Status, JsonElement Body)> VersionsAsync(string source)
    {
        var request = ListStoreFixture.Request($"/api/v1/lists/{source}/versions");
        return await ListStoreFixture.ExecuteAsync(await _versions.Run(request, source, CancellationToken.None), request);
    }

    private async Task<(int Status, JsonElement Body)> ActivateAsync(string source, string versionId, string? body = null, string? query = null, string contentType = "application/json")
    {
        var request = ListStoreFixture.Request($"/api/v1/lists/{source}/versions/{versionId}/activate", body, query, contentType);
        request.Method = "POST";
        RoleGate.SignedIn(request.HttpContext, Approver);
        return await ListStoreFixture.ExecuteAsync(await _activate.Run(request, source, versionId, CancellationToken.None), request);
    }
}
