using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Validation;
using Screening.Functions.Tests.Services;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Tests.Monitoring;

public sealed class SubjectMonitoringTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    // YAN Xiaobing (SDNTK), listed with this XBT address in the 2021 SDN remarks.
    private const string ListedXbt = "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h";

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():n}";

    private static SubjectRequest Company(string name, string? country = null) => new("company", name, Country: country);

    private async Task<SubjectRegistrationResponse> RegisterAsync(string id, SubjectRequest request)
    {
        var outcome = await monitoring.Subjects.RegisterAsync(id, request, Calls.Test, default);
        Assert.Null(outcome.Problem);
        return outcome.Value!;
    }

    [Fact]
    public async Task A_subject_named_as_a_listed_entity_opens_an_alert_once()
    {
        var id = NewId("lazarus");
        var auditedBefore = monitoring.Audit.Pending;
        var first = await RegisterAsync(id, Company("Lazarus Group"));
        var again = await RegisterAsync(id, Company("Lazarus Group"));
        Assert.Equal(auditedBefore + 2, monitoring.Audit.Pending);

        Assert.True(first.Created);
        var alertId = Assert.Single(first.AlertsOpened);
        Assert.False(again.Created);
        Assert.False(again.Screened);
        Assert.Empty(again.AlertsOpened);

        var alert = (await monitoring.Alerts.GetAsync(alertId, default))!;
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(id, alert.Subject.Id);
        Assert.Equal("LAZARUS GROUP", alert.Entity.PrimaryName.Value);
        Assert.Equal("v-2021-07-07", alert.ListVersion);
        Assert.Equal(SubjectMatchBasis.Name, alert.MatchedOn);
        Assert.InRange(alert.Score, 0.75, 1.0);
        Assert.NotEmpty(alert.Explanation);
    }

    [Fact]
    public async Task A_subjects_audit_lists_its_registration_the_alert_its_screening_raised_and_the_decision_with_who_and_why()
    {
        var id = NewId("audit");
        var alertId = Assert.Single((await RegisterAsync(id, Company("Lazarus Group"))).AlertsOpened);
        await monitoring.Alerts.DecideAsync(alertId, AlertStatus.FalsePositive, "a bakery in Leeds", Calls.Test, default);
        await RegisterAsync(NewId("audit-other"), Company("Lazarus Group"));

        var audit = (await monitoring.SubjectAudits.GetAsync(id, default))!;
        Assert.Equal(id, audit.Subject.Id);
        Assert.Equal(
            [SubjectAuditService.Registered, SubjectAuditService.Screened, SubjectAuditService.AlertRaised, SubjectAuditService.AlertDecided],
            audit.Events.Select(e => e.Event));
        var raised = audit.Events[2];
        Assert.Equal((alertId, "LAZARUS GROUP", "ofac-sdn", "v-2021-07-07", "open", "raised at registration"),
            (raised.AlertId, raised.EntityName, raised.Source, raised.ListVersion, raised.Status, raised.Reason));
        Assert.InRange(raised.Score!.Value, 0.75, 1.0);
        var decided = audit.Events[3];
        Assert.Equal((alertId, "false_positive", "reviewer-1", "a bakery in Leeds"), (decided.AlertId, decided.Status, decided.By, decided.Reason));
        Assert.Null(await monitoring.SubjectAudits.GetAsync(NewId("never-registered"), default));
    }

    [Fact]
    public async Task A_wallet_subject_is_alerted_by_its_listed_address()
    {
        var registered = await RegisterAsync(NewId("wallet"), new SubjectRequest("wallet", Wallets: [new WalletRequest(ListedXbt)]));
        var alert = (await monitoring.Alerts.GetAsync(Assert.Single(registered.AlertsOpened), default))!;
        Assert.Equal(SubjectMatchBasis.Address, alert.MatchedOn);
        Assert.Equal(1.0, alert.Score);
        Assert.Equal("ofac-sdn", alert.Source);
    }

    [Fact]
    public async Task A_clean_subject_opens_nothing_but_is_recorded_as_screened()
    {
        var registered = await RegisterAsync(NewId("clean"), new SubjectRequest("person", "Margaret Oyelaran-Whitfield", DateOfBirth: "1984-02-11", Country: "GB"));
        Assert.Empty(registered.AlertsOpened);
        Assert.Equal("ofac-sdn@v-2021-07-07;un@v-2026-02-27", registered.Subject.ScreenedAgainst);
    }

    [Fact]
    public async Task A_false_positive_stays_quiet_until_the_subject_changes_and_then_says_so()
    {
        var id = NewId("fp");
        var first = await RegisterAsync(id, Company("Lazarus Group", "GB"));
        var alertId = Assert.Single(first.AlertsOpened);

        var auditedBefore = monitoring.Audit.Pending;
        var decided = (await monitoring.Alerts.DecideAsync(alertId, AlertStatus.FalsePositive, "a bakery in Leeds", Calls.Test, default)).Value!;
        Assert.Equal(AlertStatus.FalsePositive, decided.Status);
        var decision = decided.History[^1];
        Assert.Equal(("reviewer-1", "a bakery in Leeds"), (decision.By, decision.Reason));
        Assert.Equal(auditedBefore + 1, monitoring.Audit.Pending);

        var unchanged = await RegisterAsync(id, Company("Lazarus Group", "GB") with { ClientReference = "crm-17" });
        Assert.Empty(unchanged.AlertsOpened);

        var changed = await RegisterAsync(id, Company("Lazarus Group", "KP"));
        var reraisedId = Assert.Single(changed.AlertsOpened);
        Assert.NotEqual(alertId, reraisedId);
        var reraised = (await monitoring.Alerts.GetAsync(reraisedId, default))!;
        Assert.Equal(AlertRaising.SubjectChanged, reraised.ReraisedBecause);
        Assert.Equal("KP", reraised.Subject.Country);
    }

    [Fact]
    public async Task An_open_alert_is_not_raised_twice_when_the_subject_changes_under_review()
    {
        var id = NewId("open");
        Assert.Single((await RegisterAsync(id, Company("Lazarus Group"))).AlertsOpened);
        var changed = await RegisterAsync(id, Company("Lazarus Group", "KP"));
        Assert.True(changed.Screened);
        Assert.Empty(changed.AlertsOpened);
    }

    [Fact]
    public async Task Deregistering_keeps_the_subject_and_hides_it_from_the_default_listing()
    {
        var id = NewId("gone");
        await RegisterAsync(id, Company("Acme Widgets Holdings"));
        var deregistered = (await monitoring.Subjects.DeregisterAsync(id, default))!;
        Assert.Equal("deregistered", deregistered.Status);
        Assert.NotNull(deregistered.DeregisteredAt);
        Assert.Equal("deregistered", (await monitoring.Subjects.GetAsync(id, default))!.Status);
        Assert.Null(await monitoring.Subjects.DeregisterAsync(NewId("never"), default));

        var active = await AllAsync(includeDeregistered: false);
        var all = await AllAsync(includeDeregistered: true);
        Assert.DoesNotContain(active, s => s.Id == id);
        Assert.Contains(all, s => s.Id == id);
    }

    [Fact]
    public async Task A_batch_registers_the_good_subjects_and_answers_the_bad_one_with_its_problem()
    {
        var good = NewId("b-good");
        var bad = NewId("b-bad");
        var outcome = await monitoring.Subjects.RegisterBatchAsync(new SubjectBatchRequest(
        [
            new SubjectBatchItem(good, "person", "Margaret Oyelaran-Whitfield"),
            new SubjectBatchItem(bad, "wallet", Wallets: [new WalletRequest("not-an-address")]),
        ]), Calls.Test, default);

        var results = outcome.Value!.Results;
        Assert.Equal("created", results[0].Outcome);
        Assert.Equal(ProblemCodes.ValidationFailed, results[1].Problem!.Code);
        Assert.Contains("wallets[0].address", results[1].Problem!.Errors!.Keys);
        Assert.NotNull(await monitoring.Subjects.GetAsync(good, default));
        Assert.Null(await monitoring.Subjects.GetAsync(bad, default));
    }

    [Fact]
    public async Task Alerts_are_listed_by_status_and_source_a_page_at_a_time()
    {
        await RegisterAsync(NewId("list-a"), Company("Lazarus Group"));
        await RegisterAsync(NewId("list-b"), new SubjectRequest("wallet", Wallets: [new WalletRequest(ListedXbt)]));

        var firstPage = await monitoring.Alerts.ListAsync(new AlertFilter(AlertStatus.Open, "ofac-sdn", DateTimeOffset.UtcNow.AddHours(-1)), 1, null, default);
        Assert.Single(firstPage.Alerts);
        Assert.NotNull(firstPage.Next);
        Assert.True(PageCursor.TryDecode(firstPage.Next, AlertStore.Listing, out var continuation));
        var secondPage = await monitoring.Alerts.ListAsync(new AlertFilter(AlertStatus.Open, "ofac-sdn", null), 1, continuation, default);
        Assert.NotEqual(firstPage.Alerts[0].Id, Assert.Single(secondPage.Alerts).Id);
        Assert.All(firstPage.Alerts.Concat(secondPage.Alerts), a => Assert.Equal(("ofac-sdn", AlertStatus.Open), (a.Source, a.Status)));

        var none = await monitoring.Alerts.ListAsync(new AlertFilter(null, null, DateTimeOffset.UtcNow.AddHours(1)), 10, null, default);
        Assert.Empty(none.Alerts);
    }

    [Fact]
    public async Task Without_fresh_lists_registration_is_refused_not_left_unscreened()
    {
        var index = new FixedActiveIndex();
        index.Publish(RealIndex.State with { Availability = ListsAvailability.Stale });
        var service = new SubjectService(null!, null!, index, null!, new SubjectRequestValidator(), TimeProvider.System);
        var outcome = await service.RegisterAsync("any", Company("Lazarus Group"), Calls.Test, default);
        Assert.Equal((503, ProblemCodes.ListsStale), (outcome.Problem!.Status, outcome.Problem.Code));
    }

    private async Task<List<SubjectView>> AllAsync(bool includeDeregistered)
    {
        var all = new List<SubjectView>();
        PageCursor? continuation = null;
        do
        {
            var page = await monitoring.Subjects.ListAsync(includeDeregistered, 50, continuation, default);
            all.AddRange(page.Subjects);
            Assert.True(PageCursor.TryDecode(page.Next, SubjectStore.Listing, out continuation));
        }
        while (continuation is not null);

        return all;
    }
}
