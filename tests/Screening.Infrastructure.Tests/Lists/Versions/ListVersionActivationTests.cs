using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Active;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Lists.Versions;
using Screening.Infrastructure.Storage;
using Screening.Infrastructure.Tests.Support;

namespace Screening.Infrastructure.Tests.Lists.Versions;

[Collection(SharedAzurite.Name)]
public sealed class ListVersionActivationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string OldAddress = "0x1111111111111111111111111111111111111111";
    private const string NewAddress = "0x2222222222222222222222222222222222222222";
    private ListServer _server = null!;

    public async Task InitializeAsync() => _server = await ListServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_rollback_serves_the_old_version_and_marks_the_one_it_replaced()
    {
        await using var published = await PublishedTwiceAsync();
        var (services, source, old, bad) = (published.Services, published.Source, published.Old, published.Bad);

        var result = await Activate(services, source, old, "the new list dropped ALPHA ONE by mistake", "ops-key");

        Assert.Equal(VersionActivationOutcome.Activated, result.Outcome);
        Assert.Equal(ListVersionActivation.RollbackTrigger, result.Trigger);
        Assert.Equal(bad, result.PreviousVersionId);
        Assert.Equal(new ListDeltaSummary(1, 1, 0, 1, 1), result.Delta);
        Assert.Equal(old, (await services.GetRequiredService<ListVersionStore>().GetPointerAsync(source, CancellationToken.None))!.VersionId);

        var history = (await services.GetRequiredService<ListCatalog>().GetVersionHistoryAsync(source, CancellationToken.None))!;
        Assert.Equal(old, history.ActiveVersionId);
        var (newest, oldest) = (history.Versions[0], history.Versions[1]);
        Assert.Equal((bad, ListVersionStatus.Superseded, false, true), (newest.Record.VersionId, newest.Status, newest.IsActive, newest.CanActivate));
        Assert.Equal("the new list dropped ALPHA ONE by mistake", newest.Record.RolledBackReason);
        Assert.NotNull(newest.Record.RolledBackAt);
        Assert.Equal((old, ListVersionStatus.Active, true, false), (oldest.Record.VersionId, oldest.Status, oldest.IsActive, oldest.CanActivate));
        Assert.Null(oldest.Record.RolledBackAt);
        // Each version keeps the summary of its first activation (what the console charts), a rollback to it notwithstanding.
        Assert.Equal(new ListDeltaSummary(3, 0, 0, 1, 0), oldest.Record.Delta);
        Assert.Equal(new ListDeltaSummary(1, 1, 0, 1, 1), newest.Record.Delta);

        var summary = await SummaryAsync(services, source);
        Assert.Equal(old, summary.Active!.VersionId);
        Assert.Equal((ListRefreshOutcome.Activated, "rollback", old), (summary.LastAttempt!.Outcome, summary.LastAttempt.Trigger, summary.LastAttempt.VersionId));
        Assert.Equal(("the new list dropped ALPHA ONE by mistake", "ops-key"), (summary.LastAttempt.Reason, summary.LastAttempt.RequestedBy));

        // The delta of the old version's first activation stays; the rollback's is written beside it.
        var blobs = services.GetRequiredService<ListBlobStore>();
        Assert.Equal(3, (await blobs.ReadJsonAsync<ListDelta>(ListTables.DeltaContainer, ListBlobPaths.Delta(source, old), CancellationToken.None))!.Added.Count);
        var rollbackDelta = await blobs.ReadJsonAsync<ListDelta>(ListTables.DeltaContainer, ListBlobPaths.Delta(source, old, result.ActivatedAt!.Value), CancellationToken.None);
        Assert.Equal([source + ":P1"], rollbackDelta!.Added);
        Assert.Equal(bad, rollbackDelta.PreviousVersionId);
    }

    [Fact]
    public async Task After_a_rollback_screening_data_is_the_old_versions_rows_addresses_and_snapshot()
    {
        await using var published = await PublishedTwiceAsync();
        var (services, source, old) = (published.Services, published.Source, published.Old);

        await using var instance = Harness.Create(azurite.Server.ConnectionString, configure: s => s.AddActiveListIndex<CountingIndex, CountingIndexBuilder>());
        var monitor = instance.GetRequiredService<ActiveListsMonitor<CountingIndex>>();
        Assert.True(await monitor.CheckAsync(CancellationToken.None));
        Assert.DoesNotContain(Served(monitor, source).Entities, e => e.Id == source + ":P1");

        await Activate(services, source, old, "rollback test");

        // Another instance sees the pointer move at its next check and loads the old version (from its snapshot).
        Assert.True(await monitor.CheckAsync(CancellationToken.None));
        Assert.Equal(old, monitor.Current.Index!.Versions[source]);
        var served = Served(monitor, source);
        Assert.Equal(["ALPHA ONE", "BRAVO TWO", "CHARLIE THREE"], served.Entities.Select(e => e.PrimaryName.Value).Order(StringComparer.Ordinal));
        Assert.Equal(OldAddress, Assert.Single(served.Entities.SelectMany(e => e.DigitalCurrencyAddresses)).Value);

        // The rows, the source of truth, agree: entity point reads and address lookups answer from the old version.
        var lookup = services.GetRequiredService<EntityLookup>();
        Assert.Equal("ALPHA ONE", (await lookup.GetEntityAsync(source + ":P1", CancellationToken.None))!.PrimaryName.Value);
        Assert.Null(await lookup.GetEntityAsync(source + ":P4", CancellationToken.None));
        // Tests share one storage account and these addresses: only this source's listings count.
        Assert.Equal(old, Assert.Single(await lookup.FindAddressAsync(OldAddress, CancellationToken.None), l => l.Source == source).VersionId);
        Assert.DoesNotContain(await lookup.FindAddressAsync(NewAddress, CancellationToken.None), l => l.Source == source);
        var rows = await services.GetRequiredService<ListVersionReader>().ReadRowsAsync((await services.GetRequiredService<ListVersionStore>().GetAsync(source, old, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(served.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), rows.Entities.Select(e => e.Id));
    }

    [Fact]
    public async Task The_publisher_still_serving_the_rolled_back_content_does_not_bring_it_back()
    {
        await using var published = await PublishedTwiceAsync();
        var (services, source, old, bad) = (published.Services, published.Source, published.Old, published.Bad);
        var refresh = services.GetRequiredService<ListRefreshService>();
        var versions = services.GetRequiredService<ListVersionStore>();
        await Activate(services, source, old, "publisher sent a broken file");

        // A publisher without validators: every refresh downloads the same bytes again.
        _server.Switch(ServerBehaviour.NoValidators);
        var again = await refresh.RefreshAsync(source, CancellationToken.None);
        var andAgain = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal((ListRefreshOutcome.Unchanged, ListRefreshOutcome.Unchanged), (again.Outcome, andAgain.Outcome));
        Assert.Equal(bad, again.VersionId);
        Assert.Contains("rolled back from", again.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("publisher sent a broken file", again.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(old, (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
        Assert.Equal(2, (await versions.ListAsync(source, CancellationToken.None)).Count);
        var summary = await SummaryAsync(services, source);
        Assert.Equal((ListRefreshOutcome.Unchanged, again.Problem.Message), (summary.LastAttempt!.Outcome, summary.LastAttempt.Error));
        Assert.Equal(summary.LastAttempt.At, summary.LastConfirmedAt);

        // Serving that content again takes an explicit activation; then the refresh finds it unchanged as usual.
        var reactivated = await Activate(services, source, bad, "publisher confirmed the removal");
        var afterwards = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(VersionActivationOutcome.Activated, reactivated.Outcome);
        Assert.Equal((ListRefreshOutcome.Unchanged, bad, (ListProblem?)null), (afterwards.Outcome, afterwards.VersionId, afterwards.Problem));
        var records = await versions.ListAsync(source, CancellationToken.None);
        Assert.Null(records.Single(r => r.VersionId == bad).RolledBackAt);
        Assert.Equal("publisher confirmed the removal", records.Single(r => r.VersionId == old).RolledBackReason);
    }

    [Fact]
    public async Task Rolled_back_content_whose_version_was_purged_since_is_stored_again_but_held()
    {
        await using var published = await PublishedTwiceAsync(new Dictionary<string, string?> { ["Lists:RetainedVersions"] = "2" });
        var (services, source, publish, bad) = (published.Services, published.Source, published.Publish, published.Bad);
        var refresh = services.GetRequiredService<ListRefreshService>();
        await Activate(services, source, published.Old, "rolled back before purge");
        publish(Csv(("P1", "ALPHA ONE", OldAddress), ("P2", "BRAVO TWO", null), ("P5", "ECHO FIVE", null)));
        var third = await refresh.RefreshAsync(source, CancellationToken.None);
        publish(Csv(("P1", "ALPHA ONE", OldAddress), ("P2", "BRAVO TWO", null), ("P6", "FOXTROT SIX", null)));
        var fourth = await refresh.RefreshAsync(source, CancellationToken.None);
        publish(NewList);

        var held = await refresh.RefreshAsync(source, CancellationToken.None);
        var heldAgain = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal((ListRefreshOutcome.Activated, ListRefreshOutcome.Activated), (third.Outcome, fourth.Outcome));
        var records = await services.GetRequiredService<ListVersionStore>().ListAsync(source, CancellationToken.None);
        Assert.Equal(ListVersionStatus.Purged, records.Single(r => r.VersionId == bad).Status);
        Assert.Equal(ListRefreshOutcome.Held, held.Outcome);
        Assert.NotEqual(bad, held.VersionId);
        Assert.Contains($"same content as version {bad}", held.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(ListRefreshOutcome.NotModified, heldAgain.Outcome);
        Assert.Equal(fourth.VersionId, (await SummaryAsync(services, source)).Active!.VersionId);

        var approved = await Activate(services, source, held.VersionId!, "the publisher's list is right after all");
        Assert.Equal((VersionActivationOutcome.Activated, ListVersionActivation.ApprovalTrigger), (approved.Outcome, approved.Trigger));

        // The approval covers the content, not just that version: delivered again later, it is taken in as usual.
        publish(Csv(("P1", "ALPHA ONE", OldAddress), ("P2", "BRAVO TWO", null), ("P7", "GOLF SEVEN", null)));
        Assert.Equal(ListRefreshOutcome.Activated, (await refresh.RefreshAsync(source, CancellationToken.None)).Outcome);
        publish(NewList);
        Assert.Equal(ListRefreshOutcome.Activated, (await refresh.RefreshAsync(source, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Failed_purged_writing_and_active_versions_are_refused_and_nothing_changes()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource("refuse");
        var versions = services.GetRequiredService<ListVersionStore>();
        var active = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 4), "20260105T000000000Z-aaaaaaaa");
        foreach (var (status, id) in new[] { (ListVersionStatus.Failed, "20260101T000000000Z-11111111"), (ListVersionStatus.Purged, "20260102T000000000Z-22222222"), (ListVersionStatus.Writing, "20260103T000000000Z-33333333") })
        {
            await versions.SaveAsync(Harness.RecordFor(TestLists.Numbered(source, 4), id) with { Status = status, Error = status == ListVersionStatus.Failed ? "line 3: broken" : null }, CancellationToken.None);
        }

        var failed = await Activate(services, source, "20260101T000000000Z-11111111", "try");
        var purged = await Activate(services, source, "20260102T000000000Z-22222222", "try");
        var writing = await Activate(services, source, "20260103T000000000Z-33333333", "try");
        var current = await Activate(services, source, active.VersionId, "try");
        var unknownVersion = await Activate(services, source, "20260109T000000000Z-99999999", "try");
        var malformedVersion = await Activate(services, source, "../../x?y", "try");

        Assert.All(new[] { failed, purged, writing, current }, r => Assert.Equal(VersionActivationOutcome.NotActivatable, r.Outcome));
        Assert.Contains("line 3: broken", failed.Detail, StringComparison.Ordinal);
        Assert.Contains("purged", purged.Detail, StringComparison.Ordinal);
        Assert.Contains("being written", writing.Detail, StringComparison.Ordinal);
        Assert.Contains("already active", current.Detail, StringComparison.Ordinal);
        Assert.Equal((VersionActivationOutcome.VersionUnknown, VersionActivationOutcome.VersionUnknown), (unknownVersion.Outcome, malformedVersion.Outcome));
        Assert.Equal(active.VersionId, (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
        Assert.Null((await SummaryAsync(services, source)).LastAttempt);
        var history = (await services.GetRequiredService<ListCatalog>().GetVersionHistoryAsync(source, CancellationToken.None))!;
        Assert.Equal([true, false, false, false], history.Versions.Select(v => v.IsActive));
        Assert.All(history.Versions, v => Assert.False(v.CanActivate));
    }

    [Fact]
    public async Task An_unknown_source_is_refused_without_creating_its_lock()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource("nowhere");

        var result = await Activate(services, source, "20260101T000000000Z-11111111", "try");

        Assert.Equal(VersionActivationOutcome.SourceUnknown, result.Outcome);
        Assert.Null(await services.GetRequiredService<ListCatalog>().GetVersionHistoryAsync(source, CancellationToken.None));
        var lockBlob = services.GetRequiredService<ListStorage>().Container(ListTables.LockContainer).GetBlobClient(ListBlobPaths.Lock(source));
        Assert.False((await lockBlob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_configured_source_without_versions_has_an_empty_history()
    {
        var (services, source, _) = Configure();
        await using var _ = services;

        var history = await services.GetRequiredService<ListCatalog>().GetVersionHistoryAsync(source, CancellationToken.None);

        Assert.NotNull(history);
        Assert.Null(history.ActiveVersionId);
        Assert.Empty(history.Versions);
    }

    [Fact]
    public async Task A_superseded_version_whose_rows_are_gone_is_refused_before_the_pointer_moves()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource("gone");
        var versions = services.GetRequiredService<ListVersionStore>();
        var older = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 6), "20260101T000000000Z-aaaaaaaa");
        var newer = await StoreActions.WriteAsync(services, TestLists.Numbered(source, 6), "20260102T000000000Z-bbbbbbbb");
        await versions.SaveAsync(older with { Status = ListVersionStatus.Superseded }, CancellationToken.None);
        await services.GetRequiredService<SnapshotStore>().DeleteAsync(source, older.VersionId, CancellationToken.None);
        var entityId = source + ":1";
        await services.GetRequiredService<ListStorage>().Table(ListTables.Entities)
            .DeleteEntityAsync(EntityPartition.KeyOf(source, older.VersionId, entityId, older.Shards), TableKey.Escape(entityId));

        var result = await Activate(services, source, older.VersionId, "try");

        Assert.Equal(VersionActivationOutcome.NotActivatable, result.Outcome);
        Assert.Contains("no longer reads back whole", result.Detail, StringComparison.Ordinal);
        Assert.Equal(newer.VersionId, (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
    }

    [Fact]
    public async Task An_activation_while_a_refresh_holds_the_source_lock_is_refused_and_changes_nothing()
    {
        await using var published = await PublishedTwiceAsync();
        var (services, source, old, current) = (published.Services, published.Source, published.Old, published.Bad);

        VersionActivationResult busy;
        await using (var refreshing = await services.GetRequiredService<SourceLock>().TryAcquireAsync(source, CancellationToken.None))
        {
            Assert.NotNull(refreshing);
            busy = await Activate(services, source, old, "while locked");
            Assert.Equal(current, (await SummaryAsync(services, source)).Active!.VersionId);
        }

        var afterRelease = await Activate(services, source, old, "after the refresh");

        Assert.Equal(VersionActivationOutcome.SourceBusy, busy.Outcome);
        Assert.Contains("Try again", busy.Detail, StringComparison.Ordinal);
        Assert.Equal(VersionActivationOutcome.Activated, afterRelease.Outcome);
        var attempts = await services.GetRequiredService<ListCatalog>().GetAttemptsAsync(source, 10, CancellationToken.None);
        Assert.Equal(["rollback", "refresh", "refresh"], attempts.Select(a => a.Trigger));
        Assert.Equal("after the refresh", attempts[0].Reason);
    }

    private sealed record Published(ServiceProvider Services, string Source, Action<byte[]> Publish, string Old, string Bad) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    private static byte[] OldList => Csv(("P1", "ALPHA ONE", OldAddress), ("P2", "BRAVO TWO", null), ("P3", "CHARLIE THREE", null));

    private static byte[] NewList => Csv(("P2", "BRAVO TWO", null), ("P3", "CHARLIE THREE", null), ("P4", "DELTA FOUR", NewAddress));

    private static byte[] Csv(params (string Id, string Name, string? Address)[] rows)
    {
        var csv = new StringBuilder("id,type,name,wallet_addresses\n");
        foreach (var (id, name, address) in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{id},individual,{name},{(address is null ? string.Empty : "ETH:" + address)}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static Task<VersionActivationResult> Activate(IServiceProvider services, string source, string versionId, string reason, string? requestedBy = null) =>
        services.GetRequiredService<ListVersionActivation>().ActivateAsync(new VersionActivationRequest(source, versionId, reason, requestedBy), CancellationToken.None);

    private static ParsedList Served(ActiveListsMonitor<CountingIndex> monitor, string source) =>
        monitor.Current.Lists.Lists.Single(l => l.Version.Source == source).List;

    private static async Task<ListSummary> SummaryAsync(IServiceProvider services, string source) =>
        (await services.GetRequiredService<ListCatalog>().GetListsAsync(CancellationToken.None)).Single(list => list.Source == source);

    /// <summary>A custom-CSV source whose publisher served <see cref="OldList"/>, then <see cref="NewList"/>, each activated by a refresh.</summary>
    private async Task<Published> PublishedTwiceAsync(IDictionary<string, string?>? extra = null)
    {
        var (services, source, publish) = Configure(extra);
        var refresh = services.GetRequiredService<ListRefreshService>();
        publish(OldList);
        var old = await refresh.RefreshAsync(source, CancellationToken.None);
        publish(NewList);
        var bad = await refresh.RefreshAsync(source, CancellationToken.None);
        Assert.Equal((ListRefreshOutcome.Activated, ListRefreshOutcome.Activated), (old.Outcome, bad.Outcome));
        return new Published(services, source, publish, old.VersionId!, bad.VersionId!);
    }

    /// <summary>A custom-CSV source served by the test publisher; <c>publish</c> replaces what it serves.</summary>
    private (ServiceProvider Services, string Source, Action<byte[]> Publish) Configure(IDictionary<string, string?>? extra = null)
    {
        var source = TestLists.UniqueSource("rollback");
        var name = source + "/watch.csv";
        var settings = new Dictionary<string, string?>
        {
            [$"Lists:Sources:{source}:Url"] = _server.Url(name).ToString(),
            [$"Lists:Sources:{source}:Format"] = nameof(ListFormat.CustomCsv),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return (Harness.Create(azurite.Server.ConnectionString, settings), source, content => _server.Serve(name, content));
    }
}
