using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;
using Screening.Functions.Console;
using Screening.Functions.Http;
using Screening.Functions.Identity;
using Screening.Infrastructure.Audit;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Tests.Lists;

/// <summary>GET /v1/screenings/{requestId}: date bounds at the edges of the calendar are answered, never a 500.</summary>
public sealed class ScreeningRecordsTests(ListStoreFixture store) : IClassFixture<ListStoreFixture>
{
    private ScreeningRecords Function() => new(
        new AuditStore(store.Services.GetRequiredService<StorageConnection>().CreateTableServiceClient(), Options.Create(new AuditOptions())),
        TimeProvider.System,
        new RoleGate(new UnconfiguredConsoleAuthenticator()),
        NullLogger<ScreeningRecords>.Instance);

    /// <summary>The reviewer these tests act as (signed in as the console signs people in; tokens are tested in Identity/).</summary>
    private static readonly ConsolePerson Reviewer = new("oid-reviewer", "reviewer@example.org", new HashSet<string> { ConsoleRoles.Reviewer });

    private static HttpRequest SignedInRequest(string path, string query)
    {
        var request = ListStoreFixture.Request(path, query: query);
        RoleGate.SignedIn(request.HttpContext, Reviewer);
        return request;
    }

    [Theory]
    [InlineData("to=0001-01-01")]
    [InlineData("to=0001-01-05")]
    [InlineData("from=0001-01-01&to=0001-01-03")]
    [InlineData("from=0001-01-01&to=0001-01-01")]
    [InlineData("from=9999-12-30&to=9999-12-31")]
    public async Task A_range_at_the_edge_of_the_calendar_is_searched_and_found_empty(string query)
    {
        var request = SignedInRequest("/api/v1/screenings/edge-of-time", "?" + query);

        var (status, body) = await ListStoreFixture.ExecuteAsync(await Function().Run(request, "edge-of-time", default), request);

        Assert.Equal((404, ProblemCodes.ScreeningNotFound), (status, body.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-11-30&to=2026-11-01", "from")]
    public async Task A_bad_date_is_a_400_naming_its_field(string query, string field)
    {
        var request = SignedInRequest("/api/v1/screenings/bad-dates", "?" + query);

        var (status, body) = await ListStoreFixture.ExecuteAsync(await Function().Run(request, "bad-dates", default), request);

        Assert.Equal((400, ProblemCodes.ValidationFailed), (status, body.GetProperty("code").GetString()));
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }
}
