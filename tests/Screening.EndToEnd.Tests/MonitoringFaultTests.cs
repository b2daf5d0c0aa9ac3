using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// A re-screen cut short by a fault: LocalHost killed and restarted, Azurite restarted, a rollback activated while the
/// partitions run (a delta backwards). Every re-screen here is a delta: the first one, against the UN list alone,
/// recorded every partition before the subjects were registered. Afterwards every subject is screened against the version finally active, every designated subject
/// has exactly one alert (none lost, none doubled) and every alert's event went out.
/// </summary>
public sealed class MonitoringFaultTests
{
    private const int Subjects = 3000;
    private const int Designated = 6;

    [Fact]
    public async Task LocalHost_killed_mid_rescreen_and_restarted_finishes_it_without_losing_or_doubling_alerts()
    {
        await using var run = await MonitoringUnderFaults.StartAsync();
        var ids = await run.RegisterAsync(Subjects, "kill", Designated);

        var version = await run.UploadListAsync(Enumerable.Range(0, Designated), null);
        var plan = await run.WaitForPlanAsync(version);
        Assert.True(plan.GetProperty("partitionsDone").GetInt32() < plan.GetProperty("partitions").GetInt32(), $"the re-screen finished before the fault: {plan}");
        await run.KillAndRestartAppAsync();

        await AssertSettledAsync(run, version, ids, designatedOpen: Designated);
    }

    [Fact]
    public async Task Azurite_restarted_mid_rescreen_finishes_it_without_losing_or_doubling_alerts()
    {
        await using var run = await MonitoringUnderFaults.StartAsync();
        var ids = await run.RegisterAsync(Subjects, "azurite", Designated);

        var version = await run.UploadListAsync(Enumerable.Range(0, Designated), null);
        var plan = await run.WaitForPlanAsync(version);
        Assert.True(plan.GetProperty("partitionsDone").GetInt32() < plan.GetProperty("partitions").GetInt32(), $"the re-screen finished before the fault: {plan}");
        await run.Storage.ShutDownAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await run.Storage.RestartAsync();

        await AssertSettledAsync(run, version, ids, designatedOpen: Designated);
    }

    [Fact]
    public async Task A_rollback_during_a_rescreen_leaves_every_subject_screened_against_the_version_rolled_back_to()
    {
        await using var run = await MonitoringUnderFaults.StartAsync();
        var ids = await run.RegisterAsync(Subjects, "rollback", 2 * Designated);
        var first = await run.UploadListAsync(Enumerable.Range(0, Designated), null);
        await run.WaitForRescreenDoneAsync(first);

        // The second version adds entities for the other designated subjects; it is rolled back while it re-screens.
        var second = await run.UploadListAsync(Enumerable.Range(0, 2 * Designated), first);
        var plan = await run.WaitForPlanAsync(second);
        Assert.True(plan.GetProperty("partitionsDone").GetInt32() < plan.GetProperty("partitions").GetInt32(), $"the re-screen finished before the rollback: {plan}");
        using (var admin = await run.App.CreatePersonClientAsync("fault.drill", "Screening.ListApprover"))
        {
            using var rolledBack = await admin.PostAsJsonAsync($"v1/lists/{Uri.EscapeDataString(MonitoringUnderFaults.CustomSource)}/versions/{first}/activate", new { reason = "fault drill: rollback mid re-screen" });
            Assert.True(rolledBack.StatusCode == HttpStatusCode.OK, await rolledBack.Content.ReadAsStringAsync());
        }

        await AssertSettledAsync(run, first, ids, designatedOpen: Designated);
        // What the rolled-back version raised before the rollback is turned entity_delisted for review, never left open.
        var laterAlerts = (await run.CustomAlertsAsync()).Where(a => DesignatedIndex(a) >= Designated).ToList();
        Assert.All(laterAlerts, a => Assert.Equal("entity_delisted", a.GetProperty("status").GetString()));
    }

    /// <summary>
    /// Once the re-screen against <paramref name="version"/> is done, every partition by a delta: every subject screened against the plan's versions,
    /// one open alert per designated subject 0..designatedOpen-1 against its own entity, no subject–entity pair alerted
    /// twice under one version, and an event for every alert.
    /// </summary>
    private static async Task AssertSettledAsync(MonitoringUnderFaults run, string version, IReadOnlyList<string> ids, int designatedOpen)
    {
        var plan = await run.WaitForRescreenDoneAsync(version);
        // Through the delta path: every partition was screened against what changed since its own record (forwards,
        // or backwards after a rollback), none against everything.
        Assert.Equal((false, 0), (plan.GetProperty("everyone").GetBoolean(), plan.GetProperty("partitionsInFull").GetInt32()));
        var versions = plan.GetProperty("versions").GetString();
        var subjects = await run.SubjectsAsync();
        Assert.Equal(ids.Order(StringComparer.Ordinal), subjects.Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var stale = subjects.Where(s => s.GetProperty("screenedAgainst").GetString() != versions).ToList();
        Assert.True(stale.Count == 0, $"{stale.Count} subjects not screened against {versions}, e.g. {stale.FirstOrDefault()}");

        var alerts = await run.CustomAlertsAsync();
        Assert.Equal(alerts.Count, alerts.Select(a => a.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        var doubled = alerts.GroupBy(a => (Subject: a.GetProperty("subjectId").GetString(), Entity: a.GetProperty("entityId").GetString(), Version: a.GetProperty("listVersion").GetString())).Where(g => g.Count() > 1).ToList();
        Assert.True(doubled.Count == 0, $"alerted twice: {string.Join(", ", doubled.Select(g => g.Key))}");
        var open = alerts.Where(a => a.GetProperty("status").GetString() == "open").ToList();
        Assert.Equal(
            Enumerable.Range(0, designatedOpen).Select(i => ($"F-{i}", i)).ToList(),
            open.Select(a => (a.GetProperty("entityId").GetString()!.Split(':')[^1], DesignatedIndex(a))).Order().ToList());
        await run.WaitForEventsAsync([.. alerts.Select(a => a.GetProperty("id").GetString()!)]);
    }

    /// <summary>The number of the subject an alert is about (subject ids end in their index).</summary>
    private static int DesignatedIndex(JsonElement alert) =>
        int.Parse(alert.GetProperty("subjectId").GetString()!.Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
