using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Lists.Versions;
using Screening.Infrastructure.Storage;
using Screening.Infrastructure.Tests.Support;

namespace Screening.Infrastructure.Tests.Lists.Refresh;

[Collection(SharedAzurite.Name)]
public sealed class ListRefreshServiceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ListServer _server = null!;

    public async Task InitializeAsync() => _server = await ListServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task First_load_activates_the_list_and_an_unchanged_publication_answers_304()
    {
        var (services, source) = Configure("cons", _server.Serve("cons/CONSOLIDATED.XML", RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml);
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();

        var first = await refresh.RefreshAsync(source, CancellationToken.None);
        var second = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, first.Outcome);
        Assert.Equal(new ListCounts(443, first.Counts!.Names, first.Counts.Addresses), first.Counts);
        Assert.Equal(new ListDeltaSummary(443, 0, 0, 0, 0), first.Delta);
        Assert.Equal(ListRefreshOutcome.NotModified, second.Outcome);
        Assert.Equal(first.VersionId, second.VersionId);
        var summary = await SummaryAsync(services, source);
        Assert.Equal(first.VersionId, summary.Active!.VersionId);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), summary.Active.PublishedAt);
        Assert.Equal(ListRefreshOutcome.NotModified, summary.LastAttempt!.Outcome);
        var archived = await services.GetRequiredService<ListBlobStore>().ReadArchiveAsync(source, first.VersionId!, "CONSOLIDATED.XML", CancellationToken.None);
        Assert.Equal(RealFiles.ConsolidatedXml, archived!.ToArray());
        var delta = await services.GetRequiredService<ListBlobStore>().ReadJsonAsync<ListDelta>(ListTables.DeltaContainer, ListBlobPaths.Delta(source, first.VersionId!), CancellationToken.None);
        Assert.Equal(443, delta!.Added.Count);
    }

    [Fact]
    public async Task Identical_content_without_validators_is_recognised_by_its_hash()
    {
        var (services, source) = Configure("cons", _server.Serve("nv/CONSOLIDATED.XML", RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml);
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();
        _server.Switch(ServerBehaviour.NoValidators);

        var first = await refresh.RefreshAsync(source, CancellationToken.None);
        var second = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, first.Outcome);
        Assert.Equal(ListRefreshOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.VersionId, second.VersionId);
        Assert.Single(await services.GetRequiredService<ListCatalog>().GetVersionsAsync(source, CancellationToken.None));
    }

    [Theory]
    [InlineData(ServerBehaviour.Error500, "500")]
    [InlineData(ServerBehaviour.Hang, "Timeout")]
    [InlineData(ServerBehaviour.Truncated, "Error while copying")]
    [InlineData(ServerBehaviour.Normal, "malformed")]
    public async Task A_failing_publication_leaves_the_previous_version_active_and_the_failure_visible(ServerBehaviour failure, string errorMentions)
    {
        var name = $"fail-{failure}/CONSOLIDATED.XML";
        var (services, source) = Configure("cons", _server.Serve(name, RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml,
            new Dictionary<string, string?> { ["Lists:Download:AttemptTimeout"] = "00:00:00.500" });
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();
        var good = await refresh.RefreshAsync(source, CancellationToken.None);
        if (failure == ServerBehaviour.Normal)
        {
            _server.Serve(name, RealFiles.CorruptConsolidatedXml());
        }
        else
        {
            _server.Serve(name, RealFiles.ConsolidatedXmlWith(400));
            _server.Switch(failure);
        }

        var failed = await refresh.RefreshAsync(source, CancellationToken.None);
        _server.Switch(ServerBehaviour.Normal);

        Assert.Equal(ListRefreshOutcome.Activated, good.Outcome);
        Assert.Equal(ListRefreshOutcome.Failed, failed.Outcome);
        Assert.Contains(errorMentions, failed.Problem!.Message, StringComparison.OrdinalIgnoreCase);
        var summary = await SummaryAsync(services, source);
        Assert.Equal(good.VersionId, summary.Active!.VersionId);
        Assert.Equal(443, summary.Active.Counts.Entities);
        Assert.Equal(ListRefreshOutcome.Failed, summary.LastAttempt!.Outcome);
        Assert.Equal(failed.Problem.Message, summary.LastAttempt.Error);
        Assert.NotNull(await services.GetRequiredService<EntityLookup>().GetEntityAsync(source + ":9639", CancellationToken.None));
    }

    [Fact]
    public async Task A_server_error_that_clears_within_the_retries_still_refreshes()
    {
        var (services, source) = Configure("cons", _server.Serve("flaky/CONSOLIDATED.XML", RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml);
        await using var _ = services;
        _server.Switch(ServerBehaviour.Error500, times: 2);
        var before = _server.Requests;

        var result = await services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, result.Outcome);
        Assert.Equal(3, _server.Requests - before);
    }

    [Fact]
    public async Task Content_in_another_format_than_configured_is_refused()
    {
        var (services, source) = Configure("cons", _server.Serve("wrong/CONSOLIDATED.XML", RealFiles.UnXml), ListFormat.OfacLegacyXml);
        await using var _ = services;

        var result = await services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Failed, result.Outcome);
        Assert.Contains("UnConsolidatedXml", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Null((await SummaryAsync(services, source)).Active);
    }

    [Fact]
    public async Task A_list_shrunk_by_half_is_held_until_approved()
    {
        var name = "shrink/CONSOLIDATED.XML";
        var (services, source) = Configure("cons", _server.Serve(name, RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml);
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();
        var good = await refresh.RefreshAsync(source, CancellationToken.None);
        _server.Serve(name, RealFiles.ConsolidatedXmlWith(221));

        var held = await refresh.RefreshAsync(source, CancellationToken.None);
        var heldAgain = await refresh.RefreshAsync(source, CancellationToken.None);
        var whileHeld = await SummaryAsync(services, source);
        var approved = await services.GetRequiredService<ListVersionActivation>().ActivateAsync(
            new VersionActivationRequest(source, held.VersionId!, "checked: OFAC delisted half the entries", "compliance"), CancellationToken.None);
        var afterApproval = await SummaryAsync(services, source);

        Assert.Equal(ListRefreshOutcome.Held, held.Outcome);
        Assert.Contains("shrink", held.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(ListRefreshOutcome.NotModified, heldAgain.Outcome);
        Assert.Equal(good.VersionId, whileHeld.Active!.VersionId);
        Assert.Equal(held.VersionId, Assert.Single(whileHeld.Held).VersionId);
        Assert.Equal((VersionActivationOutcome.Activated, ListVersionActivation.ApprovalTrigger), (approved.Outcome, approved.Trigger));
        Assert.Equal(good.VersionId, approved.PreviousVersionId);
        Assert.Equal(new ListDeltaSummary(0, 222, 0, 0, 0), approved.Delta);
        Assert.Equal(held.VersionId, afterApproval.Active!.VersionId);
        Assert.Equal(221, afterApproval.Active.Counts.Entities);
        Assert.Empty(afterApproval.Held);
        Assert.Equal((ListRefreshOutcome.Activated, "approval", "checked: OFAC delisted half the entries"),
            (afterApproval.LastAttempt!.Outcome, afterApproval.LastAttempt.Trigger, afterApproval.LastAttempt.Reason));
        var versions = await services.GetRequiredService<ListCatalog>().GetVersionsAsync(source, CancellationToken.None);
        Assert.Equal([ListVersionStatus.Active, ListVersionStatus.Superseded], versions.Select(v => v.Status));
        Assert.Null(versions[1].RolledBackAt);
    }

    [Fact]
    public async Task A_changed_SDN_publication_activates_with_the_delta_between_the_2021_set_and_the_2024_file()
    {
        var name = "sdn/sdn.zip";
        var (services, source) = Configure("sdn", _server.Serve(name, RealFiles.Sdn2021CsvZip()), ListFormat.OfacCsv,
            new Dictionary<string, string?> { ["Lists:ShrinkThreshold"] = "0.10" });
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();

        var v2021 = await refresh.RefreshAsync(source, CancellationToken.None);
        _server.Serve(name, RealFiles.Sdn2024Csv);
        var v2024 = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, v2021.Outcome);
        Assert.Equal(8976, v2021.Counts!.Entities);
        Assert.Equal(ListRefreshOutcome.Activated, v2024.Outcome);
        Assert.Equal(14965, v2024.Counts!.Entities);

        // Counted independently from the ent_num columns of the two files (python csv module): 6,870 new, 881 gone, 8,095 in both.
        var delta = await services.GetRequiredService<ListBlobStore>().ReadJsonAsync<ListDelta>(ListTables.DeltaContainer, ListBlobPaths.Delta(source, v2024.VersionId!), CancellationToken.None);
        Assert.Equal(6870, delta!.Added.Count);
        Assert.Equal(881, delta.Removed.Count);
        Assert.InRange(delta.Changed.Count, 1, 8095);
        Assert.Equal(v2021.VersionId, delta.PreviousVersionId);
        Assert.Equal(v2024.Delta, delta.Summary);
        Assert.NotEmpty(delta.AddressesAdded);
        var versions = await services.GetRequiredService<ListCatalog>().GetVersionsAsync(source, CancellationToken.None);
        Assert.Equal([ListVersionStatus.Active, ListVersionStatus.Superseded], versions.Select(v => v.Status));
    }

    [Fact]
    public async Task Refreshing_all_sources_runs_each_on_its_own_so_one_failure_blocks_no_other()
    {
        var good = TestLists.UniqueSource("good");
        var missing = TestLists.UniqueSource("missing");
        var settings = new Dictionary<string, string?>
        {
            [$"Lists:Sources:{good}:Url"] = _server.Serve("all/CONSOLIDATED.XML", RealFiles.ConsolidatedXml).ToString(),
            [$"Lists:Sources:{good}:Format"] = nameof(ListFormat.OfacLegacyXml),
            [$"Lists:Sources:{missing}:Url"] = _server.Url("all/GONE.XML").ToString(),
            [$"Lists:Sources:{missing}:Format"] = nameof(ListFormat.OfacLegacyXml),
        };
        foreach (var official in DefaultListSources.All.Keys)
        {
            settings[$"Lists:Sources:{official}:Enabled"] = "false";
        }

        await using var services = Harness.Create(azurite.Server.ConnectionString, settings);

        var results = await services.GetRequiredService<ListRefreshService>().RefreshAllAsync(CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal(ListRefreshOutcome.Activated, results.Single(r => r.Source == good).Outcome);
        var failed = results.Single(r => r.Source == missing);
        Assert.Equal(ListRefreshOutcome.Failed, failed.Outcome);
        Assert.Contains("404", failed.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_published_under_a_new_file_name_is_found_through_its_list_page()
    {
        var page = _server.Serve("mof/list.html", Page("files/shisantouketsu20260305.xlsx"));
        _server.Serve("mof/files/shisantouketsu20260305.xlsx", RealFiles.MofWorkbook);
        var (services, source) = Configure("mof", page, ListFormat.MofExcel, linkPattern: @"shisantouketsu\d*\.xlsx$");
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();

        var first = await refresh.RefreshAsync(source, CancellationToken.None);
        var second = await refresh.RefreshAsync(source, CancellationToken.None);
        _server.Serve("mof/list.html", Page("files/shisantouketsu20260402.xlsx"));
        var moved = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, first.Outcome);
        Assert.Equal(2862, first.Counts!.Entities);
        Assert.Equal(ListRefreshOutcome.NotModified, second.Outcome);
        // The page now links a file the publisher has not put up: the new link was followed, the old version stays.
        Assert.Equal(ListRefreshOutcome.Failed, moved.Outcome);
        Assert.Contains("shisantouketsu20260402.xlsx", moved.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(first.VersionId, (await SummaryAsync(services, source)).Active!.VersionId);
        Assert.NotNull(await services.GetRequiredService<EntityLookup>().GetEntityAsync(source + ":15-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_list_page_without_the_expected_link_fails_the_refresh()
    {
        var page = _server.Serve("nolink/list.html", Page("files/report.pdf"));
        var (services, source) = Configure("mof", page, ListFormat.MofExcel, linkPattern: @"shisantouketsu\d*\.xlsx$");
        await using var _ = services;

        var result = await services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Failed, result.Outcome);
        Assert.Contains("links no file matching", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_EU_FSF_XML_is_refreshed_like_the_other_sources()
    {
        var (services, source) = Configure("eu", _server.Serve("eu/content", RealFiles.EuFsfXml), ListFormat.EuFsfXml);
        await using var _ = services;
        var refresh = services.GetRequiredService<ListRefreshService>();

        var first = await refresh.RefreshAsync(source, CancellationToken.None);
        var second = await refresh.RefreshAsync(source, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, first.Outcome);
        Assert.Equal(5, first.Counts!.Entities);
        Assert.Equal(ListRefreshOutcome.NotModified, second.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 14, 47, 4, 449, TimeSpan.Zero), (await SummaryAsync(services, source)).Active!.PublishedAt);
    }

    [Fact]
    public async Task A_source_locked_by_another_writer_is_skipped_without_writing()
    {
        var (services, source) = Configure("locked", _server.Serve("locked/CONSOLIDATED.XML", RealFiles.ConsolidatedXml), ListFormat.OfacLegacyXml);
        await using var _ = services;
        var requests = _server.Requests;

        await using (var otherInstance = await services.GetRequiredService<SourceLock>().TryAcquireAsync(source, CancellationToken.None))
        {
            Assert.NotNull(otherInstance);
            Assert.Null(await services.GetRequiredService<SourceLock>().TryAcquireAsync(source, CancellationToken.None));

            var skipped = await services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);

            Assert.Equal(ListRefreshOutcome.Skipped, skipped.Outcome);
            Assert.Equal(requests, _server.Requests);
            Assert.Empty(await services.GetRequiredService<ListCatalog>().GetVersionsAsync(source, CancellationToken.None));
        }

        var afterRelease = await services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);
        Assert.Equal(ListRefreshOutcome.Activated, afterRelease.Outcome);
    }

    private static byte[] Page(string link) =>
        System.Text.Encoding.UTF8.GetBytes($"<html><body><a href=\"../index.html\">top</a> <a href=\"{link}\">資産凍結等対象者リスト (Excel)</a></body></html>");

    private (ServiceProvider Services, string Source) Configure(string prefix, Uri url, ListFormat format, IDictionary<string, string?>? extra = null, string? linkPattern = null)
    {
        var source = TestLists.UniqueSource(prefix);
        var settings = new Dictionary<string, string?>
        {
            [$"Lists:Sources:{source}:Url"] = url.ToString(),
            [$"Lists:Sources:{source}:Format"] = format.ToString(),
            [$"Lists:Sources:{source}:LinkPattern"] = linkPattern,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return (Harness.Create(azurite.Server.ConnectionString, settings), source);
    }

    private static async Task<ListSummary> SummaryAsync(IServiceProvider services, string source) =>
        (await services.GetRequiredService<ListCatalog>().GetListsAsync(CancellationToken.None)).Single(list => list.Source == source);
}
