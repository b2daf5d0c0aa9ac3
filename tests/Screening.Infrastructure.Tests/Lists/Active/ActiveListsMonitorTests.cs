using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Screening.Infrastructure.Lists.Active;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Tests.Support;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Lists.Active;

[Collection(SharedAzurite.Name)]
public sealed class ActiveListsMonitorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_newly_activated_version_is_served_within_the_poll_interval()
    {
        await using var services = Create(azurite.Server.ConnectionString, "00:00:00.200");
        var source = TestLists.UniqueSource();
        var first = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 30));
        var monitor = services.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        await monitor.StartAsync(CancellationToken.None);
        try
        {
            var loaded = await monitor.WhenLoadedAsync(CancellationToken.None);
            Assert.Equal(first.VersionId, loaded.Index!.Versions[source]);

            var second = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 40));
            var clock = Stopwatch.StartNew();
            while (monitor.Current.Index!.Versions[source] != second.VersionId && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            Assert.Equal(second.VersionId, monitor.Current.Index!.Versions[source]);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"swapped after {clock.Elapsed}");
            Assert.Equal(40, monitor.Current.Lists.Lists.Single(l => l.Version.Source == source).List.Entities.Count);
            Assert.Equal(ActiveListsState.Ready, monitor.Status.State);
        }
        finally
        {
            await monitor.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task An_unchanged_pointer_does_not_rebuild_the_index()
    {
        await using var services = Create(azurite.Server.ConnectionString, "01:00:00");
        await StoreActions.WriteAsync(services, TestLists.Numbered(TestLists.UniqueSource(), 5));
        var monitor = services.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        var builder = (CountingIndexBuilder)services.GetRequiredService<IActiveIndexBuilder<CountingIndex>>();

        Assert.True(await monitor.CheckAsync(CancellationToken.None));
        var index = monitor.Current.Index;
        Assert.False(await monitor.CheckAsync(CancellationToken.None));

        Assert.Same(index, monitor.Current.Index);
        Assert.Equal(1, builder.Builds);
    }

    [Fact]
    public async Task Storage_going_down_keeps_the_last_good_index_in_service()
    {
        await using var own = await AzuriteServer.StartAsync(persistent: false);
        await using var services = Create(own.ConnectionString, "01:00:00");
        var source = TestLists.UniqueSource();
        var record = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 12));
        var monitor = services.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        Assert.True(await monitor.CheckAsync(CancellationToken.None));
        var served = monitor.Current.Index;

        await own.StopAsync();
        var swapped = await monitor.CheckAsync(CancellationToken.None);

        Assert.False(swapped);
        Assert.Same(served, monitor.Current.Index);
        Assert.Equal(record.VersionId, monitor.Current.Index!.Versions[source]);
        Assert.Equal(ActiveListsState.Ready, monitor.Status.State);
        Assert.NotNull(monitor.Status.LastError);

        await using var fresh = Create(own.ConnectionString, "01:00:00");
        var cold = fresh.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        await cold.CheckAsync(CancellationToken.None);
        Assert.Equal(ActiveListsState.StorageUnavailable, cold.Status.State);
        Assert.Null(cold.Current.Index);
    }

    [Fact]
    public async Task Lists_not_confirmed_within_MaxAge_are_stale_until_a_refresh_confirms_them()
    {
        // Its own storage: staleness looks at every source, and other tests' sources are never confirmed.
        await using var own = await AzuriteServer.StartAsync(persistent: false);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var services = Create(own.ConnectionString, "01:00:00", clock);
        var source = TestLists.UniqueSource();
        await StoreActions.WriteAsync(services, TestLists.Numbered(source, 3));
        var monitor = services.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Equal(ActiveListsState.Ready, monitor.Status.State);

        clock.Advance(TimeSpan.FromDays(3));
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Equal(ActiveListsState.Stale, monitor.Status.State);

        await services.GetRequiredService<SourceStateStore>().RecordAsync(new RefreshAttempt(source, clock.Now, ListRefreshOutcome.NotModified), null, null, CancellationToken.None);
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Equal(ActiveListsState.Ready, monitor.Status.State);
    }

    private static ServiceProvider Create(string connectionString, string pollInterval, TimeProvider? clock = null) =>
        Harness.Create(
            connectionString,
            new Dictionary<string, string?> { ["Lists:ActivationPollInterval"] = pollInterval, ["Lists:MaxAge"] = "2.00:00:00" },
            clock,
            services => services.AddActiveListIndex<CountingIndex, CountingIndexBuilder>());
}
