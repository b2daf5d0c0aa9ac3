using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Domain.Screening;
using Screening.Functions.Contracts;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Tests.Services;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// Re-screens over all subject partitions as the queue-triggered function runs them: new designations open alerts,
/// delistings turn open alerts into entity_delisted, and every re-run is idempotent.
/// </summary>
public sealed class RescreenTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    private const string Watch = "custom:watch";
    private const string DesignatedName = "ZEPHYRINE QUALLSBURY-VANTORIAN";
    private const string DesignatedWallet = "0x5a1e0000000000000000000000000000000000e1";

    private static readonly Lazy<ActiveIndexState> WithDesignation = new(() => WithWatchList("v-2", Designated(DesignatedName)));
    private static readonly Lazy<ActiveIndexState> WithoutDesignation = new(() => WithWatchList("v-3"));

    [Fact]
    public async Task A_designation_opens_alerts_for_registered_subjects_and_a_delisting_turns_them_for_review()
    {
        var person = $"p-{Guid.NewGuid():n}";
        var wallet = $"w-{Guid.NewGuid():n}";
        monitoring.Index.Publish(RealIndex.State);
        await RegisterAsync(person, new SubjectRequest("person", "Zephyrine Quallsbury-Vantorian"));
        await RegisterAsync(wallet, new SubjectRequest("wallet", Wallets: [new WalletRequest(DesignatedWallet, "ETH")]));

        monitoring.Index.Publish(WithDesignation.Value);
        var auditedBefore = monitoring.Audit.Pending;
        var first = await RescreenAllAsync("plan-designation");
        Assert.Equal(64, first.Count(o => o == RescreenOutcome.Done));
        Assert.Equal(auditedBefore + 64, monitoring.Audit.Pending);

        var open = await AlertsOfAsync(person, wallet);
        Assert.Equal(2, open.Count);
        Assert.All(open, a => Assert.Equal((AlertStatus.Open, "v-2", Watch), (a.Status, a.ListVersion, a.Source)));
        Assert.Contains(open, a => a.SubjectId == wallet && a.MatchedOn == SubjectMatchBasis.Address);
        Assert.Equal("custom:watch@v-2;ofac-sdn@v-2021-07-07;un@v-2026-02-27", (await monitoring.Subjects.GetAsync(person, default))!.ScreenedAgainst);

        // A redelivered message, and the same lists planned again, add nothing.
        Assert.All(await RescreenAllAsync("plan-designation"), o => Assert.Equal(RescreenOutcome.AlreadyDone, o));
        await RescreenAllAsync("plan-designation-again");
        Assert.Equal(2, (await AlertsOfAsync(person, wallet)).Count);

        monitoring.Index.Publish(WithoutDesignation.Value);
        await RescreenAllAsync("plan-delisting");
        var delisted = await AlertsOfAsync(person, wallet);
        Assert.Equal(2, delisted.Count);
        Assert.All(delisted, a => Assert.Equal(AlertStatus.EntityDelisted, a.Status));
        Assert.All(delisted, a => Assert.Equal(SubjectAlerting.MonitoringActor, a.History[^1].By));

        // The person's audit tells the re-screen that raised the alert from the one that delisted it.
        var audit = (await monitoring.SubjectAudits.GetAsync(person, default))!;
        var raised = Assert.Single(audit.Events, e => e.Event == SubjectAuditService.AlertRaised);
        Assert.Equal(("raised by re-screen", "v-2", SubjectAlerting.MonitoringActor), (raised.Reason, raised.ListVersion, raised.By));
        var changed = Assert.Single(audit.Events, e => e.Event == SubjectAuditService.AlertChangedByMonitoring);
        Assert.Equal(("entity_delisted", raised.AlertId), (changed.Status, changed.AlertId));
    }

    [Fact]
    public async Task A_message_of_a_superseded_plan_is_dropped_and_one_ahead_of_this_instance_is_retried()
    {
        monitoring.Index.Publish(RealIndex.State);
        var listsKey = ListsKey.Of(RealIndex.State, Domain.Names.NameMatchingOptions.Default);
        Assert.NotEqual("lists-of-another-set", listsKey);
        var (_, etag) = await monitoring.Plans.GetCurrentAsync(default);
        var current = new RescreenPlan("plan-current", "lists-of-another-set", "other@v-9", "test", true, DateTimeOffset.UtcNow);
        Assert.True(await monitoring.Plans.TrySetCurrentAsync(current, etag, default));

        Assert.Equal(RescreenOutcome.Superseded, await monitoring.Rescreen.RunAsync(new RescreenWork("plan-old", "lists-of-an-old-set", 0, "test"), default));
        await Assert.ThrowsAsync<RescreenNotReadyException>(() => monitoring.Rescreen.RunAsync(new RescreenWork("plan-current", "lists-of-another-set", 0, "test"), default));
    }

    [Fact]
    public async Task The_planner_plans_once_per_change_of_lists_and_only_when_it_serves_the_active_pointers()
    {
        var planner = monitoring.Planner;
        monitoring.Index.Publish(RealIndex.State);
        await monitoring.RescreenQueue.CreateIfNotExistsAsync();
        await monitoring.RescreenQueue.ClearMessagesAsync();

        // No pointers stored yet: this instance cannot tell that it serves what is active, so it plans nothing.
        Assert.False(await planner.CheckAsync(null, default));

        foreach (var list in RealIndex.State.Lists)
        {
            var existing = (await monitoring.Pointers.GetPointersAsync(default)).GetValueOrDefault(list.Source);
            await monitoring.Pointers.ActivateAsync(list.Source, list.Version, existing, DateTimeOffset.UtcNow, default);
        }

        Assert.True(await planner.CheckAsync(null, default));
        Assert.False(await planner.CheckAsync(null, default));
        var (plan, _) = await monitoring.Plans.GetCurrentAsync(default);
        Assert.True(plan!.Enqueued);
        Assert.Equal(ListsKey.Versions(RealIndex.State), plan.Versions);

        var messages = (await monitoring.RescreenQueue.PeekMessagesAsync(32)).Value;
        Assert.Equal(32, messages.Length);
        var work = RescreenDispatcher.Deserialize(messages[0].Body.ToString());
        Assert.Equal((plan.Key, plan.ListsKey), (work.PlanKey, work.ListsKey));
        Assert.Equal(SubjectPartition.Count, (await monitoring.RescreenQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        // An admin request plans the same lists again under a new key.
        Assert.True(await planner.CheckAsync("admin request", default));
        var (forced, _) = await monitoring.Plans.GetCurrentAsync(default);
        Assert.Equal((plan.ListsKey, "admin request"), (forced!.ListsKey, forced.Reason));
        Assert.NotEqual(plan.Key, forced.Key);
    }

    private async Task RegisterAsync(string id, SubjectRequest request) =>
        Assert.Null((await monitoring.Subjects.RegisterAsync(id, request, Calls.Test, default)).Problem);

    private async Task<List<RescreenOutcome>> RescreenAllAsync(string planKey)
    {
        var listsKey = ListsKey.Of(monitoring.Index.Current, Domain.Names.NameMatchingOptions.Default);
        var (_, etag) = await monitoring.Plans.GetCurrentAsync(default);
        await monitoring.Plans.TrySetCurrentAsync(new RescreenPlan(planKey, listsKey, ListsKey.Versions(monitoring.Index.Current), "test", true, DateTimeOffset.UtcNow), etag, default);
        var outcomes = new List<RescreenOutcome>();
        for (var partition = 0; partition < SubjectPartition.Count; partition++)
        {
            outcomes.Add(await monitoring.Rescreen.RunAsync(new RescreenWork(planKey, listsKey, partition, "test"), default));
        }

        return outcomes;
    }

    private async Task<List<StoredAlert>> AlertsOfAsync(params string[] subjectIds) =>
        [.. (await monitoring.AllAlertsAsync(new AlertFilter(null, Watch, null), 100)).Where(a => subjectIds.Contains(a.SubjectId))];

    private static SanctionedEntity Designated(string name) => new()
    {
        Id = $"{Watch}:1",
        Source = Watch,
        Type = EntityType.Individual,
        PrimaryName = new EntityName(name, NameStrength.Strong, IsPrimary: true),
        Names = [new EntityName(name, NameStrength.Strong, IsPrimary: true)],
        DigitalCurrencyAddresses = [new DigitalCurrencyAddress("ETH", DesignatedWallet)],
    };

    private static ActiveIndexState WithWatchList(string version, params SanctionedEntity[] designated)
    {
        var real = RealIndex.State;
        var index = ScreeningIndex.Build(real.Index!.Entities.Values.Concat(designated));
        return real with { Index = index, Lists = [.. real.Lists, new ListVersionView(Watch, version, null, DateTimeOffset.UtcNow)] };
    }
}
