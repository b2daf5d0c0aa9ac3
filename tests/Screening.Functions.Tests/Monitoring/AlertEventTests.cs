using Screening.Functions.Contracts;
using Screening.Infrastructure.Monitoring.Events;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>Each new alert is published as a CloudEvent to the topic (a local receiver here), at least once.</summary>
public sealed class AlertEventTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    [Fact]
    public async Task A_new_alert_is_published_as_a_cloud_event_whose_id_is_the_alert_id()
    {
        var subjectId = $"ev-{Guid.NewGuid():n}";
        var registered = (await monitoring.Subjects.RegisterAsync(subjectId, new SubjectRequest("company", "Lazarus Group", ClientReference: "crm-9"), Calls.Test, default)).Value!;
        var alertId = Assert.Single(registered.AlertsOpened);

        var published = Assert.Single(monitoring.Topic.Events, e => e.GetProperty("id").GetString() == alertId);
        Assert.Equal("1.0", published.GetProperty("specversion").GetString());
        Assert.Equal(AlertEventPublisher.AlertOpenedType, published.GetProperty("type").GetString());
        Assert.Equal("/screening/monitoring", published.GetProperty("source").GetString());
        Assert.Equal($"subjects/{subjectId}", published.GetProperty("subject").GetString());
        var data = published.GetProperty("data");
        Assert.Equal(("crm-9", "ofac-sdn"), (data.GetProperty("clientReference").GetString(), data.GetProperty("source").GetString()));

        // Already published: a sweep sends it no second time.
        await monitoring.Sweeper.SweepAsync(default);
        Assert.Single(monitoring.Topic.Events, e => e.GetProperty("id").GetString() == alertId);
    }

    [Fact]
    public async Task An_event_the_topic_refused_is_kept_and_published_by_the_sweep()
    {
        var subjectId = $"ev-down-{Guid.NewGuid():n}";
        monitoring.Topic.Failing = true;
        string alertId;
        try
        {
            var registered = (await monitoring.Subjects.RegisterAsync(subjectId, new SubjectRequest("wallet", Wallets: [new WalletRequest("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")]), Calls.Test, default)).Value!;
            alertId = Assert.Single(registered.AlertsOpened);
            Assert.True(monitoring.Topic.Refused > 0);
            Assert.DoesNotContain(monitoring.Topic.Events, e => e.GetProperty("id").GetString() == alertId);
            await Assert.ThrowsAnyAsync<Exception>(() => monitoring.Sweeper.SweepAsync(default));
        }
        finally
        {
            monitoring.Topic.Failing = false;
        }

        Assert.True(await monitoring.Sweeper.SweepAsync(default) >= 1);
        Assert.Single(monitoring.Topic.Events, e => e.GetProperty("id").GetString() == alertId);
        Assert.Equal(0, await monitoring.Sweeper.SweepAsync(default));
    }
}
