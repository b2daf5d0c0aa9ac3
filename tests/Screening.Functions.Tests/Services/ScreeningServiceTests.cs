using Microsoft.Extensions.Options;
using Screening.Domain.Addresses;
using Screening.Domain.Screening;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;
using Screening.Infrastructure.Audit;

namespace Screening.Functions.Tests.Services;

public sealed class ScreeningServiceTests
{
    private static readonly ScreeningCall Call = new("req-1", "fintech-app");

    [Fact]
    public void A_listed_bitcoin_address_matches_its_entity_with_evidence()
    {
        // YAN Xiaobing (SDNTK), listed with XBT addresses in the 2021 SDN remarks.
        var (service, buffer) = Service(RealIndex.State);
        var response = Value(service.ScreenAddress(new ScreenAddressRequest("  12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h ", null), Call));

        Assert.Equal(ScreeningResult.Match, response.Result);
        var match = Assert.Single(response.Matches);
        Assert.Equal(("ofac-sdn:25308", MatchedOn.Address, 1.0), (match.EntityId, match.MatchedOn, match.Score));
        Assert.Equal("bitcoin-legacy", response.Address!.Family);
        Assert.Equal(1, buffer.Pending);
    }

    [Fact]
    public void A_checksum_broken_address_is_a_400_not_a_clean_answer()
    {
        var (service, buffer) = Service(RealIndex.State);
        var outcome = service.ScreenAddress(new ScreenAddressRequest("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9i", null), Call);
        Assert.Equal((400, "address.checksum"), (outcome.Problem!.Status, outcome.Problem.Code));
        Assert.Equal(0, buffer.Pending);
    }

    [Fact]
    public void A_listed_name_with_a_typo_is_a_match_with_an_explanation()
    {
        var (service, _) = Service(RealIndex.State);
        var response = Value(service.ScreenName(new ScreenNameRequest("Lazarus Grop"), Call));
        Assert.Equal(ScreeningResult.Match, response.Result);
        Assert.Contains("LAZARUS", response.Matches[0].Name, StringComparison.Ordinal);
        Assert.NotNull(response.Thresholds);
    }

    [Fact]
    public void An_unlisted_name_is_no_match()
    {
        var (service, _) = Service(RealIndex.State);
        var response = Value(service.ScreenName(new ScreenNameRequest("Margaret Oyelaran-Whitfield", "individual"), Call));
        Assert.Equal(ScreeningResult.NoMatch, response.Result);
        Assert.Empty(response.Matches);
    }

    [Fact]
    public void Batch_results_come_back_in_request_order_and_each_item_is_audited()
    {
        var (service, buffer) = Service(RealIndex.State);
        var items = new List<BatchItem>
        {
            new("c-1", Name: "Margaret Oyelaran-Whitfield"),
            new("c-2", Address: "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"),
            new("c-3", Name: "LAZARUS GROUP", Type: "entity"),
        };
        var response = Value(service.ScreenBatch(new ScreenBatchRequest(items), Call, default));
        Assert.Equal(["c-1", "c-2", "c-3"], response.Results.Select(r => r.Id));
        Assert.Equal([ScreeningResult.NoMatch, ScreeningResult.Match, ScreeningResult.Match], response.Results.Select(r => r.Result));
        Assert.Equal(3, buffer.Pending);
    }

    [Fact]
    public void A_bad_item_gets_its_own_problem_and_the_others_are_screened_and_audited()
    {
        var (service, buffer) = Service(RealIndex.State);
        var items = new List<BatchItem>
        {
            new("ok", Name: "LAZARUS GROUP", Type: "entity"),
            new("bad-address", Address: "not-an-address"),
            new("bad-threshold", Name: "X Y", Threshold: 1.5, Country: "ZZ"),
            new("both", Name: "X", Address: "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"),
            new("listed", Address: "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"),
        };
        var response = Value(service.ScreenBatch(new ScreenBatchRequest(items), Call, default));

        Assert.Equal(["ok", "bad-address", "bad-threshold", "both", "listed"], response.Results.Select(r => r.Id));
        Assert.Equal([ScreeningResult.Match, null, null, null, ScreeningResult.Match], response.Results.Select(r => r.Result));
        Assert.Equal(AddressErrorCodes.Unrecognized, response.Results[1].Problem!.Code);
        Assert.Contains("address", response.Results[1].Problem!.Errors!.Keys);
        Assert.Equal(ProblemCodes.ValidationFailed, response.Results[2].Problem!.Code);
        Assert.Equal(["country", "threshold"], response.Results[2].Problem!.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("item", response.Results[3].Problem!.Errors!.Keys);
        Assert.All(response.Results.Where(r => r.Problem is not null), r => Assert.Null(r.Matches));
        Assert.Equal(2, buffer.Pending);
    }

    [Fact]
    public void A_batch_of_only_bad_items_is_answered_item_by_item_and_audits_nothing()
    {
        var (service, buffer) = Service(RealIndex.State);
        var response = Value(service.ScreenBatch(new ScreenBatchRequest([new("a", Address: "nope"), new("b", Name: " ")]), Call, default));
        Assert.All(response.Results, r => Assert.Equal(400, r.Problem!.Status));
        Assert.Equal(0, buffer.Pending);
    }

    [Theory]
    [InlineData(ListsAvailability.NotLoaded, ProblemCodes.ListsUnavailable)]
    [InlineData(ListsAvailability.Stale, ProblemCodes.ListsStale)]
    public void Without_fresh_lists_every_call_is_503(ListsAvailability availability, string code)
    {
        var (service, _) = Service(RealIndex.State with { Availability = availability });
        Assert.Equal((503, code), Problem(service.ScreenAddress(new ScreenAddressRequest("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null), Call)));
        Assert.Equal((503, code), Problem(service.ScreenName(new ScreenNameRequest("LAZARUS GROUP"), Call)));
        Assert.Equal((503, code), Problem(service.ScreenBatch(new ScreenBatchRequest([new("a", Name: "X")]), Call, default)));
    }

    [Fact]
    public void When_the_audit_buffer_is_full_screening_is_refused_not_unrecorded()
    {
        var (service, _) = Service(RealIndex.State, capacity: 2);
        var batch = new ScreenBatchRequest([new("a", Name: "X"), new("b", Name: "Y"), new("c", Name: "Z")]);
        Assert.Equal((503, ProblemCodes.AuditUnavailable), Problem(service.ScreenBatch(batch, Call, default)));
    }

    private static (ScreeningService Service, AuditBuffer Buffer) Service(ActiveIndexState state, int capacity = 10_000)
    {
        var holder = new FixedActiveIndex();
        holder.Publish(state);
        var buffer = new AuditBuffer(Options.Create(new AuditOptions { QueueCapacity = capacity }));
        return (new ScreeningService(holder, buffer, TimeProvider.System), buffer);
    }

    private static T Value<T>(ServiceOutcome<T> outcome)
        where T : class
    {
        Assert.Null(outcome.Problem);
        return outcome.Value!;
    }

    private static (int, string) Problem<T>(ServiceOutcome<T> outcome)
        where T : class => (outcome.Problem!.Status, outcome.Problem.Code);
}
