using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Inbox;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Storage;
using Screening.Infrastructure.Tests.Support;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Lists.Inbox;

[Collection(SharedAzurite.Name)]
public sealed class InboxIngestorTests(AzuriteFixture azurite)
{
    private const string GoodList =
        "id,type,name,aliases,wallet_addresses,date_of_birth,country,programs,remarks\r\n" +
        "C-001,individual,\"DOE, Jane Example\",\"J. Example Doe\",\"ETH:0x00000000000000000000000000000000000000A1\",1970-01-15,Atlantis,INTERNAL-WATCH,invented\r\n" +
        "C-002,entity,Fictional Trading Co,,,,Utopia,INTERNAL-WATCH,\r\n";

    private const string BadList =
        "id,type,name,date_of_birth\r\n" +
        "C-001,individual,Jane Example,1970-01-15\r\n" +
        "C-002,individual,John Example,1970-02-30\r\n";

    [Fact]
    public async Task A_good_custom_list_becomes_the_active_version_of_its_custom_source_and_moves_to_processed()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("acme") + ".csv";
        var source = CustomSourceName.FromFileName(name)!;
        var content = await DropAsync(services, name, GoodList);

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, content, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, result.Result!.Outcome);
        Assert.Equal(source, result.Result.Source);
        Assert.Equal("processed/" + name, result.MovedTo);
        Assert.False(await ExistsAsync(services, name));
        Assert.Equal(content.ToArray(), await ReadAsync(services, "processed/" + name));
        var report = JsonSerializer.Deserialize<InboxReport>(await ReadAsync(services, $"processed/{name}.result.json"), ListJson.Options)!;
        Assert.Equal(ListRefreshOutcome.Activated, report.Outcome);
        Assert.Equal(new ListCounts(2, 3, 1), report.Counts);
        Assert.Equal(2, report.Delta!.Added);
        var lookup = services.GetRequiredService<EntityLookup>();
        Assert.Equal("DOE, Jane Example", (await lookup.GetEntityAsync(source + ":C-001", CancellationToken.None))!.PrimaryName.Value);
        var listings = await lookup.FindAddressAsync("0x00000000000000000000000000000000000000a1", CancellationToken.None);
        Assert.Equal(source + ":C-001", Assert.Single(listings, l => l.Source == source).EntityId);
    }

    [Fact]
    public async Task A_malformed_list_moves_to_rejected_with_the_file_line_and_field()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("bad") + ".csv";
        var content = await DropAsync(services, name, BadList);

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, content, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Failed, result.Result!.Outcome);
        Assert.Equal("rejected/" + name, result.MovedTo);
        Assert.False(await ExistsAsync(services, name));
        Assert.Equal(content.ToArray(), await ReadAsync(services, "rejected/" + name));
        var report = JsonSerializer.Deserialize<InboxReport>(await ReadAsync(services, $"rejected/{name}.error.json"), ListJson.Options)!;
        Assert.Equal(name, report.Error!.FileName);
        Assert.Equal(3, report.Error.Line);
        Assert.Equal("date_of_birth", report.Error.Field);
        Assert.Null((await services.GetRequiredService<ListVersionStore>().GetPointerAsync(CustomSourceName.FromFileName(name)!, CancellationToken.None)));
    }

    [Fact]
    public async Task A_second_rejected_upload_under_the_same_name_keeps_the_first_original_and_its_report()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("again") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var first = await DropAsync(services, name, BadList);
        await ingestor.IngestAsync(name, first, CancellationToken.None);
        var secondList = BadList.Replace("1970-02-30", "1970-02-28", StringComparison.Ordinal) + "C-003,individual,Third Example,1970-13-01\r\n";
        var second = await DropAsync(services, name, secondList);

        var result = await ingestor.IngestAsync(name, second, CancellationToken.None);

        Assert.Equal("rejected/" + name, result.MovedTo);
        Assert.Equal(second.ToArray(), await ReadAsync(services, "rejected/" + name));
        var kept = await NamesAsync(services, $"rejected/{name}.");
        var keptOriginal = Assert.Single(kept, k => !k.EndsWith(".json", StringComparison.Ordinal) && k != "rejected/" + name);
        Assert.Equal(first.ToArray(), await ReadAsync(services, keptOriginal));
        var keptReport = JsonSerializer.Deserialize<InboxReport>(await ReadAsync(services, keptOriginal + ".error.json"), ListJson.Options)!;
        Assert.Equal(3, keptReport.Error!.Line);
        var latestReport = JsonSerializer.Deserialize<InboxReport>(await ReadAsync(services, $"rejected/{name}.error.json"), ListJson.Options)!;
        Assert.Equal(4, latestReport.Error!.Line);
    }

    [Fact]
    public async Task An_official_file_goes_to_its_inferred_source_and_leaves_other_sources_alone()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var other = TestLists.UniqueSource();
        var otherRecord = await StoreActions.WriteAsync(services, TestLists.Numbered(other, 5));
        var content = BinaryData.FromBytes(RealFiles.UnXml);
        await services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient("un-upload.xml").UploadAsync(content, overwrite: true);

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync("un-upload.xml", content, CancellationToken.None);

        Assert.Equal("un", result.Result!.Source);
        Assert.Contains(result.Result.Outcome, new[] { ListRefreshOutcome.Activated, ListRefreshOutcome.Unchanged });
        Assert.Equal(1003, result.Result.Counts!.Entities);
        Assert.NotNull(await services.GetRequiredService<EntityLookup>().GetEntityAsync("un:KPi.033", CancellationToken.None));
        Assert.Equal(otherRecord.VersionId, (await services.GetRequiredService<ListVersionStore>().GetPointerAsync(other, CancellationToken.None))!.VersionId);
    }

    [Theory]
    [InlineData("jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx", "jp-mof", 2862, "jp-mof:15-1")]
    [InlineData("eu", "fsf_xml_2026-08-05_excerpt", "sample_eu_fsf.xml", "eu-fsf", 5, "eu-fsf:6106")]
    [InlineData("uk", "ofsi_conlist_csv_2018-04-13", "ConList.csv", "uk-ofsi", 2106, "uk-ofsi:13349")]
    public async Task The_Japanese_EU_and_UK_lists_are_recognised_by_content_whatever_the_file_is_called(
        string folder, string edition, string file, string expectedSource, int entities, string knownId)
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("upload") + ".bin";
        var content = BinaryData.FromBytes(await File.ReadAllBytesAsync(TestPaths.Data(folder, edition, file)));
        await services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name).UploadAsync(content, overwrite: true);

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, content, CancellationToken.None);

        Assert.Equal(expectedSource, result.Result!.Source);
        Assert.Contains(result.Result.Outcome, new[] { ListRefreshOutcome.Activated, ListRefreshOutcome.Unchanged });
        Assert.Equal(entities, result.Result.Counts!.Entities);
        Assert.NotNull(await services.GetRequiredService<EntityLookup>().GetEntityAsync(knownId, CancellationToken.None));
    }

    [Fact]
    public async Task A_truncated_MOF_workbook_is_rejected_and_the_active_version_stays()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var good = BinaryData.FromBytes(RealFiles.MofWorkbook);
        var goodName = TestLists.UniqueSource("mof") + ".xlsx";
        await services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(goodName).UploadAsync(good, overwrite: true);
        var loaded = await ingestor.IngestAsync(goodName, good, CancellationToken.None);
        // Cut inside the last sheets: the zip's directory at the end is lost, so no reader can open it.
        var truncated = BinaryData.FromBytes(RealFiles.MofWorkbook[..(RealFiles.MofWorkbook.Length * 9 / 10)]);
        var badName = TestLists.UniqueSource("mof-cut") + ".xlsx";
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(badName).UploadAsync(truncated, overwrite: true);

        var rejected = await ingestor.IngestAsync(badName, truncated, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Failed, rejected.Result!.Outcome);
        Assert.Equal("rejected/" + badName, rejected.MovedTo);
        var pointer = await services.GetRequiredService<ListVersionStore>().GetPointerAsync("jp-mof", CancellationToken.None);
        Assert.Equal(loaded.Result!.VersionId, pointer!.VersionId);
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_a_no_op_the_second_time()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("twice") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var first = await ingestor.IngestAsync(name, await DropAsync(services, name, GoodList), CancellationToken.None);

        var second = await ingestor.IngestAsync(name, await DropAsync(services, name, GoodList), CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, first.Result!.Outcome);
        Assert.Equal(ListRefreshOutcome.Unchanged, second.Result!.Outcome);
        Assert.Equal(first.Result.VersionId, second.Result.VersionId);
        var report = JsonSerializer.Deserialize<InboxReport>(await ReadAsync(services, $"processed/{name}.result.json"), ListJson.Options)!;
        Assert.Equal(ListRefreshOutcome.Unchanged, report.Outcome);
        Assert.Single(await services.GetRequiredService<ListVersionStore>().ListAsync(first.Result.Source, CancellationToken.None));
    }

    [Fact]
    public async Task A_custom_list_named_like_an_official_file_stays_a_custom_list()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = "SDN-" + TestLists.UniqueSource("watch") + ".csv";

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, await DropAsync(services, name, GoodList), CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, result.Result!.Outcome);
        Assert.StartsWith("custom:sdn-watch-", result.Result.Source, StringComparison.Ordinal);
        Assert.Null(await services.GetRequiredService<ListVersionStore>().GetPointerAsync("ofac-sdn", CancellationToken.None));
    }

    [Theory]
    [InlineData("processed/acme.csv")]
    [InlineData("processed/acme.csv.result.json")]
    [InlineData("rejected/acme.csv.error.json")]
    public async Task Blobs_the_ingestor_wrote_itself_are_ignored(string blobName)
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(blobName, BinaryData.FromString(GoodList), CancellationToken.None);

        Assert.True(result.Ignored);
        Assert.Null(result.Result);
    }

    [Fact]
    public async Task A_file_dropped_again_under_the_same_name_during_ingestion_stays_in_the_inbox_for_its_own_run()
    {
        // Compliance staff correct a file and upload it again while the first copy is still being ingested (the
        // trigger passed the first copy's bytes): the move must not delete the corrected file unread.
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("redropped") + ".csv";
        var first = await DropAsync(services, name, GoodList);
        var corrected = await DropAsync(services, name, GoodList + "C-003,entity,Second Fictional Trading Co,,,,Utopia,INTERNAL-WATCH,\r\n");

        var result = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, first, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, result.Result!.Outcome);
        Assert.Equal(first.ToArray(), await ReadAsync(services, "processed/" + name));
        Assert.Equal(corrected.ToArray(), await ReadAsync(services, name));

        var second = await services.GetRequiredService<InboxIngestor>().IngestAsync(name, corrected, CancellationToken.None);

        Assert.Equal(ListRefreshOutcome.Activated, second.Result!.Outcome);
        Assert.Equal(3, second.Result.Counts!.Entities);
        Assert.False(await ExistsAsync(services, name));
    }

    [Fact]
    public async Task A_run_retried_after_its_final_delete_failed_files_its_own_report_once_not_as_an_earlier_upload()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("retried") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        await DropAsync(services, name, BadList);
        var blob = services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name);
        // A lease held elsewhere makes the final delete fail; the upload stays, as when the trigger is to be retried.
        var lease = Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(blob);
        await lease.AcquireAsync(TimeSpan.FromSeconds(-1));
        await ingestor.IngestAsync(name, blob, CancellationToken.None);
        Assert.True(await ExistsAsync(services, name));
        await lease.ReleaseAsync();

        var retried = await ingestor.IngestAsync(name, blob, CancellationToken.None);

        Assert.Equal("rejected/" + name, retried.MovedTo);
        Assert.False(await ExistsAsync(services, name));
        Assert.Equal(["rejected/" + name, $"rejected/{name}.error.json"], (await NamesAsync(services, "rejected/" + name)).Order(StringComparer.Ordinal));

        // A new upload of the same name is another run: the filed pair is kept under its stamp as before.
        await DropAsync(services, name, BadList);
        await ingestor.IngestAsync(name, blob, CancellationToken.None);
        Assert.Equal(4, (await NamesAsync(services, "rejected/" + name)).Count);
    }

    [Fact]
    public async Task A_retry_after_the_report_failed_keeps_the_earlier_uploads_original_not_its_own_file()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("report-failed") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var first = await DropAsync(services, name, BadList);
        await ingestor.IngestAsync(name, first, CancellationToken.None);

        // The second upload files its own original, then cannot write its report (a lease held elsewhere), so the
        // trigger retries with the earlier upload's report still beside this upload's file.
        var secondText = BadList + "C-003,individual,Jim Example,1970-13-01\r\n";
        await DropAsync(services, name, secondText);
        var second = services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name);
        var report = services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient($"rejected/{name}.error.json");
        var lease = Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(report);
        await lease.AcquireAsync(TimeSpan.FromSeconds(-1));
        await Assert.ThrowsAnyAsync<Exception>(() => ingestor.IngestAsync(name, second, CancellationToken.None));
        await lease.ReleaseAsync();

        await ingestor.IngestAsync(name, second, CancellationToken.None);

        var kept = (await NamesAsync(services, "rejected/" + name + ".")).Single(n => !n.EndsWith(".error.json", StringComparison.Ordinal));
        Assert.Equal(BadList, Encoding.UTF8.GetString(await ReadAsync(services, kept)));
        Assert.Equal(secondText, Encoding.UTF8.GetString(await ReadAsync(services, "rejected/" + name)));
    }

    [Fact]
    public async Task A_file_dropped_again_between_the_download_and_the_filing_is_not_filed_as_this_run()
    {
        // The run is named by the version it downloaded: the corrected file uploaded meanwhile is another run, so when
        // its own turn comes the first run's filing is kept under its stamp, not overwritten as if it were its own retry.
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("raced") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var inbox = services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer);
        var first = Encoding.UTF8.GetBytes(BadList);
        await DropAsync(services, name, BadList);
        var downloaded = (await inbox.GetBlobClient(name).DownloadContentAsync()).Value;
        var correctedText = BadList + "C-003,individual,Jim Example,1970-13-01\r\n";
        await DropAsync(services, name, correctedText);

        await ingestor.IngestAsync(name, downloaded.Content, downloaded.Details.ETag, CancellationToken.None);
        Assert.Equal(correctedText, Encoding.UTF8.GetString(await ReadAsync(services, name)));
        await ingestor.IngestAsync(name, inbox.GetBlobClient(name), CancellationToken.None);

        Assert.False(await ExistsAsync(services, name));
        Assert.Equal(correctedText, Encoding.UTF8.GetString(await ReadAsync(services, "rejected/" + name)));
        var kept = (await NamesAsync(services, "rejected/" + name + ".")).Single(n => !n.EndsWith(".error.json", StringComparison.Ordinal));
        Assert.Equal(first, await ReadAsync(services, kept));
    }

    [Fact]
    public async Task An_event_for_an_upload_already_filed_and_deleted_is_ignored_and_files_nothing()
    {
        // Event Grid delivers at least once: the second delivery finds the inbox blob gone.
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var name = TestLists.UniqueSource("twice") + ".csv";
        var ingestor = services.GetRequiredService<InboxIngestor>();
        var inbox = services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer);
        await DropAsync(services, name, GoodList);
        var first = await ingestor.IngestAsync(name, inbox.GetBlobClient(name), CancellationToken.None);
        var filed = await NamesAsync(services, "processed/" + name);

        var again = await ingestor.IngestAsync(name, inbox.GetBlobClient(name), CancellationToken.None);

        Assert.False(first.Ignored);
        Assert.True(again.Ignored);
        Assert.Null(again.Result);
        Assert.Equal(filed, await NamesAsync(services, "processed/" + name));
    }

    private static async Task<BinaryData> DropAsync(IServiceProvider services, string name, string text)
    {
        var content = BinaryData.FromBytes(Encoding.UTF8.GetBytes(text));
        await services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name).UploadAsync(content, overwrite: true);
        return content;
    }

    private static async Task<List<string>> NamesAsync(IServiceProvider services, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static async Task<bool> ExistsAsync(IServiceProvider services, string name) =>
        await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name).ExistsAsync();

    private static async Task<byte[]> ReadAsync(IServiceProvider services, string name) =>
        (await services.GetRequiredService<ListStorage>().Container(ListTables.InboxContainer).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();
}
