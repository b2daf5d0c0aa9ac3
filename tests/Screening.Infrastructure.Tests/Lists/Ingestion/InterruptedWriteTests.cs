using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Active;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Tests.Support;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Lists.Ingestion;

// In the shared collection only so it never runs beside the other list-store tests: it stops and restarts
// its own Azurite, and a parallel test picking the freed ports in between would break the restart.
[Collection(SharedAzurite.Name)]
public sealed class InterruptedWriteTests
{
    [Fact]
    public async Task Storage_killed_in_the_middle_of_writing_a_version_never_activates_it_and_the_next_refresh_completes()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        await using var server = await ListServer.StartAsync();
        const string source = "cons-interrupted";
        var url = server.Serve("CONSOLIDATED.XML", RealFiles.ConsolidatedXml);
        await using var services = Harness.Create(azurite.ConnectionString, new Dictionary<string, string?>
        {
            [$"Lists:Sources:{source}:Url"] = url.ToString(),
            [$"Lists:Sources:{source}:Format"] = nameof(ListFormat.OfacLegacyXml),
            ["Lists:WriteConcurrency"] = "1",
        });
        var refresh = services.GetRequiredService<ListRefreshService>();
        var versions = services.GetRequiredService<ListVersionStore>();
        var first = await refresh.RefreshAsync(source, CancellationToken.None);
        Assert.Equal(ListRefreshOutcome.Activated, first.Outcome);

        // Azurite saves its on-disk database every few seconds; let the first version reach the disk.
        await Task.Delay(TimeSpan.FromSeconds(7));
        server.Serve("CONSOLIDATED.XML", RealFiles.ConsolidatedXmlWith(430));
        var hooks = services.GetRequiredService<ListWriteHooks>();
        var killedAfter = 0;
        hooks.AfterEntityBatch = async (written, _) =>
        {
            if (written >= 200 && Interlocked.CompareExchange(ref killedAfter, written, 0) == 0)
            {
                await azurite.StopAsync();
            }
        };

        var interrupted = await refresh.RefreshAsync(source, CancellationToken.None);
        hooks.AfterEntityBatch = null;
        await azurite.RestartAsync();

        Assert.InRange(killedAfter, 200, 429);
        Assert.Equal(ListRefreshOutcome.Failed, interrupted.Outcome);
        Assert.Equal(first.VersionId, (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
        await using (var reader = Harness.Create(azurite.ConnectionString, configure: s => s.AddActiveListIndex<CountingIndex, CountingIndexBuilder>()))
        {
            var monitor = reader.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
            Assert.True(await monitor.CheckAsync(CancellationToken.None));
            Assert.Equal(first.VersionId, monitor.Current.Index!.Versions[source]);
            Assert.Equal(443, monitor.Current.Index.Entities);
        }

        // The interrupted refresh's lease on the lock blob may outlive the restart; it expires within Lists:LeaseDuration.
        var completed = await refresh.RefreshAsync(source, CancellationToken.None);
        for (var i = 0; i < 40 && completed.Outcome == ListRefreshOutcome.Skipped; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            completed = await refresh.RefreshAsync(source, CancellationToken.None);
        }

        Assert.Equal(ListRefreshOutcome.Activated, completed.Outcome);
        Assert.Equal(430, completed.Counts!.Entities);
        Assert.Equal(completed.VersionId, (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
        var all = await versions.ListAsync(source, CancellationToken.None);
        Assert.Equal(completed.VersionId, Assert.Single(all, v => v.Status == ListVersionStatus.Active).VersionId);
        Assert.DoesNotContain(all, v => v.Status == ListVersionStatus.Writing);
        Assert.All(all.Where(v => v.VersionId != first.VersionId && v.VersionId != completed.VersionId), v => Assert.Equal(ListVersionStatus.Failed, v.Status));
    }
}
