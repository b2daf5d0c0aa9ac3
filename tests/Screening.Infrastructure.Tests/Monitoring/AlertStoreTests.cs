using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Monitoring;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Monitoring;

public sealed class AlertStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private AlertStore NewStore() => new(new TableServiceClient(azurite.Server.ConnectionString));

    private static StoredAlert Alert(string subjectId, int remarksLength = 80_000)
    {
        var now = DateTimeOffset.UtcNow;
        var entity = new SanctionedEntity
        {
            Id = "ofac-sdn:1",
            Source = "ofac-sdn",
            Type = EntityType.Entity,
            PrimaryName = new EntityName("LISTED TRADING CO", NameStrength.Strong, IsPrimary: true),
            // Bigger than one table property (64 KiB), so the entity must be stored in chunks and read back whole.
            Remarks = new string('r', remarksLength),
        };
        return new StoredAlert(MonitoringIds.AlertId(subjectId, entity.Id, "ofac-sdn@v1"), subjectId, entity.Id, "ofac-sdn", "v1", AlertStatus.Open, 0.91,
            SubjectMatchBasis.Name, "Listed Trading Co", "LISTED TRADING CO", "explanation", null, now, now,
            new Subject { Id = subjectId, Kind = SubjectKind.Company, Name = "Listed Trading Co" }, entity, [new AlertEvent(now, AlertStatus.Open, "monitoring", "raised")]);
    }

    [Fact]
    public async Task An_alert_is_added_once_with_its_pending_event_and_read_back_whole()
    {
        var store = NewStore();
        var alert = Alert($"s-{Guid.NewGuid():n}");

        Assert.True(await store.TryAddAsync(alert, eventPending: true, default));
        Assert.False(await store.TryAddAsync(alert, eventPending: true, default));

        var read = (await store.GetAsync(alert.Id, default))!;
        Assert.Equal(80_000, read.Entity.Remarks!.Length);
        Assert.Equal(alert.Subject, read.Subject with { Aliases = alert.Subject.Aliases, Wallets = alert.Subject.Wallets });

        var pending = await store.ReadPendingEventsAsync(DateTimeOffset.UtcNow.AddMinutes(1), 1000, default);
        Assert.Contains(pending, p => p.Id == alert.Id);
        await store.MarkEventPublishedAsync(alert.Id, default);
        Assert.DoesNotContain(await store.ReadPendingEventsAsync(DateTimeOffset.UtcNow.AddMinutes(1), 1000, default), p => p.Id == alert.Id);

        // Outbox rows share the alerts' partitions but never show up as alerts.
        var listed = await store.ListAsync(new AlertFilter(null, null, null), 1000, null, default);
        Assert.All(listed.Items, a => Assert.StartsWith("al-", a.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_decisions_are_each_kept_in_the_history()
    {
        var store = NewStore();
        var alert = Alert($"s-{Guid.NewGuid():n}");
        await store.TryAddAsync(alert, eventPending: false, default);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.ChangeStatusAsync(alert.Id, new AlertEvent(DateTimeOffset.UtcNow, AlertStatus.Escalated, $"reviewer-{i}", "look again"), default)));

        var history = (await store.GetAsync(alert.Id, default))!.History;
        Assert.Equal(5, history.Count);
        Assert.Equal(4, history.Select(h => h.By).Where(b => b!.StartsWith("reviewer-", StringComparison.Ordinal)).Distinct().Count());
        Assert.Null(await store.ChangeStatusAsync("al-0000", new AlertEvent(DateTimeOffset.UtcNow, AlertStatus.TrueMatch, "x", "y"), default));
    }

    [Fact]
    public async Task A_decision_that_loses_every_attempt_to_other_writers_is_a_conflict_and_writes_nothing()
    {
        var alert = Alert($"s-{Guid.NewGuid():n}");
        await NewStore().TryAddAsync(alert, eventPending: false, default);
        var otherWriter = new TableServiceClient(azurite.Server.ConnectionString).GetTableClient(MonitoringTables.Alerts);
        var interfered = 0;
        // Another writer changes the alert between each read and the conditional write that follows it.
        var store = new AlertStore(TableRequestHook.Client(azurite.Server.ConnectionString, async message =>
        {
            if (message.Request.Method == RequestMethod.Put && message.Request.Headers.TryGetValue("If-Match", out var etag) && etag != "*"
                && message.Request.Uri.Path.Contains(alert.Id, StringComparison.Ordinal))
            {
                interfered++;
                await otherWriter.UpdateEntityAsync(new TableEntity(alert.Id.Substring(3, 2), alert.Id) { ["Touched"] = interfered }, ETag.All, TableUpdateMode.Merge);
            }
        }));

        var conflict = await Assert.ThrowsAsync<AlertConflictException>(() =>
            store.ChangeStatusAsync(alert.Id, new AlertEvent(DateTimeOffset.UtcNow, AlertStatus.TrueMatch, "reviewer", "confirmed"), default));

        Assert.Equal(alert.Id, conflict.AlertId);
        Assert.Equal(5, interfered);
        var read = (await NewStore().GetAsync(alert.Id, default))!;
        Assert.Equal(AlertStatus.Open, read.Status);
        Assert.Single(read.History);
    }

    [Fact]
    public async Task A_sweep_reads_no_more_pending_events_than_its_limit_and_leaves_the_rest_for_the_next()
    {
        var run = Guid.NewGuid().ToString("n");
        var raisedBefore = DateTimeOffset.UtcNow.AddMinutes(1);
        var mine = Enumerable.Range(0, 300).Select(i => Alert($"s-{run}-{i}", remarksLength: 10)).ToList();
        var plain = NewStore();
        await Parallel.ForEachAsync(mine, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (alert, token) => await plain.TryAddAsync(alert, eventPending: true, token));
        var outboxQueries = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var watched = new AlertStore(TableRequestHook.Client(azurite.Server.ConnectionString, message =>
        {
            var query = Uri.UnescapeDataString(message.Request.Uri.Query);
            if (message.Request.Method == RequestMethod.Get && query.Contains("outbox", StringComparison.Ordinal))
            {
                outboxQueries.Enqueue(query);
            }

            return Task.CompletedTask;
        }));

        var five = await watched.ReadPendingEventsAsync(raisedBefore, 5, default);

        Assert.Equal(5, five.Count);
        // Each outbox query asks for no more than the limit, and the scan stops well short of all 256 partitions.
        Assert.All(outboxQueries, q => Assert.Matches(@"\$top=[1-5](&|$)", q));
        Assert.InRange(outboxQueries.Count, 1, 64);

        var first = await plain.ReadPendingEventsAsync(raisedBefore, 100, default);
        Assert.Equal(100, first.Select(a => a.Id).Distinct().Count());
        foreach (var alert in first)
        {
            await plain.MarkEventPublishedAsync(alert.Id, default);
        }

        var rest = (await plain.ReadPendingEventsAsync(raisedBefore, 100_000, default)).Select(a => a.Id).ToHashSet();
        var mineLeft = mine.Select(a => a.Id).Where(rest.Contains).ToList();
        Assert.Equal(mine.Count - first.Count(a => mine.Exists(m => m.Id == a.Id)), mineLeft.Count);
        Assert.DoesNotContain(first, a => rest.Contains(a.Id));
    }
}
