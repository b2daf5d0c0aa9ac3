using System.Text;
using System.Text.Json;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>CSV imports from subjects-inbox: streamed, a report per file in processed/, a bad row never rejecting the others.</summary>
public sealed class SubjectImportTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    [Fact]
    public async Task Good_rows_are_registered_and_screened_and_each_bad_row_is_reported_by_line()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        var csv = string.Join('\n',
            "id,kind,name,aliases,date_of_birth,country,wallets,client_reference",
            $"{run}-1,person,Margaret Oyelaran-Whitfield,Maggie Whitfield,1984-02-11,GB,,crm-1",
            $"{run}-2,wallet,,,,,XBT:12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h,crm-2",
            $"{run}-3,person,Ann Lee,,,ZZ,,",
            $"{run}-1,company,Acme Widgets Holdings,,,,,",
            $"{run}-5,company,\"Harbour, Lantern & Co\",,,,,,extra",
            $"{run}-6,company,Lazarus Group,,,KP,TRX:TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM,") + "\n";
        var name = $"customers-{run}.csv";
        await monitoring.SubjectsInboxContainer.GetBlobClient(name).UploadAsync(BinaryData.FromString(csv));

        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = (await monitoring.Import.ImportAsync(name, content, default))!;

        Assert.Equal((6L, 3L, 3L), (report.Rows, report.Created, report.Rejected));
        Assert.Null(report.FileError);
        Assert.Equal([4L, 5L, 6L], report.Errors.Select(e => e.Line));
        Assert.Contains("country", report.Errors[0].Errors.Keys);
        Assert.Contains("already used on line 2", report.Errors[1].Errors["id"][0], StringComparison.Ordinal);
        Assert.Contains("row", report.Errors[2].Errors.Keys);
        Assert.True(report.AlertsRaised >= 2, $"expected the listed wallet and Lazarus Group to raise alerts, got {report.AlertsRaised}");

        var wallet = (await monitoring.Subjects.GetAsync($"{run}-2", default))!;
        Assert.Equal(("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "XBT"), (wallet.Wallets[0].Address, wallet.Wallets[0].Chain));
        Assert.Equal(["Maggie Whitfield"], (await monitoring.Subjects.GetAsync($"{run}-1", default))!.Aliases);
        Assert.Equal("Margaret Oyelaran-Whitfield", (await monitoring.Subjects.GetAsync($"{run}-1", default))!.Name);

        Assert.False((await monitoring.SubjectsInboxContainer.GetBlobClient(name).ExistsAsync()).Value);
        var stored = (await monitoring.SubjectsInboxContainer.GetBlobClient(SubjectsInbox.ReportName(name)).DownloadContentAsync()).Value.Content.ToString();
        using var json = JsonDocument.Parse(stored);
        Assert.Equal(3, json.RootElement.GetProperty("rejected").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(csv, (await monitoring.SubjectsInboxContainer.GetBlobClient(SubjectsInbox.KeptFileName(name)).DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task A_corrected_file_under_the_same_name_keeps_the_earlier_rejected_file_and_report_and_is_not_kept_itself()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        var name = $"corrected-{run}.csv";
        const string Header = "id,kind,name,aliases,date_of_birth,country,wallets,client_reference";
        var rejected = $"{Header}\n{run}-1,person,Ottilie Brandmeier,,1984-02-30,DE,,\n";
        var corrected = $"{Header}\n{run}-1,person,Ottilie Brandmeier,,1984-02-28,DE,,\n";

        Assert.Equal(1L, (await ImportAsync(name, rejected)).Rejected);
        Assert.Equal(0L, (await ImportAsync(name, corrected)).Rejected);

        var names = new List<string>();
        await foreach (var blob in monitoring.SubjectsInboxContainer.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, SubjectsInbox.KeptFileName(name), default))
        {
            names.Add(blob.Name);
        }

        Assert.DoesNotContain(SubjectsInbox.KeptFileName(name), names);
        var earlierFile = Assert.Single(names, n => !n.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal(rejected, (await monitoring.SubjectsInboxContainer.GetBlobClient(earlierFile).DownloadContentAsync()).Value.Content.ToString());
        using var earlierReport = JsonDocument.Parse((await monitoring.SubjectsInboxContainer.GetBlobClient(earlierFile + ".report.json").DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal(1, earlierReport.RootElement.GetProperty("rejected").GetInt32());
        using var latestReport = JsonDocument.Parse((await monitoring.SubjectsInboxContainer.GetBlobClient(SubjectsInbox.ReportName(name)).DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal(0, latestReport.RootElement.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task An_import_retried_after_its_final_delete_failed_files_its_own_report_and_file_once()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        var name = $"retried-{run}.csv";
        var csv = $"id,kind,name,aliases,date_of_birth,country,wallets,client_reference\n{run}-1,person,Ottilie Brandmeier,,1984-02-30,DE,,\n";
        var blob = monitoring.SubjectsInboxContainer.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(csv));
        // A lease held elsewhere makes the final delete fail; the file stays, as when the trigger is to be retried.
        var lease = Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(blob);
        await lease.AcquireAsync(TimeSpan.FromSeconds(-1));
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes(csv)))
        {
            Assert.Equal(1L, (await monitoring.Import.ImportAsync(name, content, default))!.Rejected);
        }

        Assert.True((await blob.ExistsAsync()).Value);
        await lease.ReleaseAsync();

        using (var content = new MemoryStream(Encoding.UTF8.GetBytes(csv)))
        {
            Assert.Equal(1L, (await monitoring.Import.ImportAsync(name, content, default))!.Rejected);
        }

        var names = new List<string>();
        await foreach (var filed in monitoring.SubjectsInboxContainer.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, SubjectsInbox.KeptFileName(name), default))
        {
            names.Add(filed.Name);
        }

        Assert.Equal([SubjectsInbox.KeptFileName(name), SubjectsInbox.ReportName(name)], names.Order(StringComparer.Ordinal));
        Assert.False((await blob.ExistsAsync()).Value);
    }

    private async Task<SubjectImportReport> ImportAsync(string name, string csv)
    {
        await monitoring.SubjectsInboxContainer.GetBlobClient(name).UploadAsync(BinaryData.FromString(csv), overwrite: true);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return (await monitoring.Import.ImportAsync(name, content, default))!;
    }

    [Fact]
    public async Task A_file_dropped_again_under_the_same_name_during_the_import_is_kept_for_its_own_import()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        var name = $"replaced-{run}.csv";
        var first = $"id,kind,name,aliases,date_of_birth,country,wallets,client_reference\n{run}-1,person,Ottilie Brandmeier,,,DE,,\n";
        var second = $"id,kind,name,aliases,date_of_birth,country,wallets,client_reference\n{run}-2,person,Ottilie Brandmeier-Vos,,,NL,,\n";
        var blob = monitoring.SubjectsInboxContainer.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(first));

        // The client uploads the second file while the first is being read.
        using var content = new ReplacingStream(Encoding.UTF8.GetBytes(first), () => blob.Upload(BinaryData.FromString(second), overwrite: true));
        var report = (await monitoring.Import.ImportAsync(name, content, default))!;

        Assert.Equal(1L, report.Created);
        Assert.Equal(second, (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    /// <summary>Runs an action the first time it is read, as a concurrent upload would land mid-import.</summary>
    private sealed class ReplacingStream(byte[] bytes, Action onFirstRead) : MemoryStream(bytes, writable: false)
    {
        private Action? _pending = onFirstRead;

        public override int Read(byte[] buffer, int offset, int count)
        {
            Interlocked.Exchange(ref _pending, null)?.Invoke();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Interlocked.Exchange(ref _pending, null)?.Invoke();
            return base.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _pending, null)?.Invoke();
            return base.ReadAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Exchange(ref _pending, null)?.Invoke();
            return base.ReadAsync(buffer, cancellationToken);
        }
    }

    [Fact]
    public async Task A_file_imported_again_registers_nothing_twice_and_a_changed_row_is_updated()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        // Enough rows that every partition's rows go in one transaction, with a listed name among them.
        var rows = Enumerable.Range(0, 300).Select(i => $"{run}-{i},person,Harriet Quenby-Marlowe{i:D3},,,GB,,").Append($"{run}-listed,company,Lazarus Group,,,KP,,").ToList();
        var first = await ImportAsync($"again-{run}-1.csv", rows);
        Assert.Equal((301L, 0L, 0L), (first.Created, first.Updated, first.Unchanged));
        Assert.True(first.AlertsRaised >= 1, "Lazarus Group raised no alert");

        rows[7] = $"{run}-7,person,Harriet Quenby-Marlowe007,,1970-01-01,GB,,";
        await monitoring.Subjects.DeregisterAsync($"{run}-8", default);
        var second = await ImportAsync($"again-{run}-2.csv", rows);

        // The deregistered subject comes back as created, the changed one is updated, the rest are left as they were.
        Assert.Equal((1L, 1L, 299L, 0L), (second.Created, second.Updated, second.Unchanged, second.AlertsRaised));
        Assert.Equal("1970-01-01", (await monitoring.Subjects.GetAsync($"{run}-7", default))!.DateOfBirth);
        Assert.Equal("active", (await monitoring.Subjects.GetAsync($"{run}-8", default))!.Status);
    }

    [Fact]
    public async Task A_file_that_is_not_a_subjects_file_is_reported_and_imports_nothing()
    {
        var name = $"wrong-{Guid.NewGuid():n}.csv";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("id,type,name\n1,individual,Someone\n"));
        var report = (await monitoring.Import.ImportAsync(name, content, default))!;
        Assert.Contains("header", report.FileError, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (report.Rows, report.Created));
    }

    private async Task<SubjectImportReport> ImportAsync(string name, IEnumerable<string> rows)
    {
        var csv = "id,kind,name,aliases,date_of_birth,country,wallets,client_reference\n" + string.Join('\n', rows) + "\n";
        await monitoring.SubjectsInboxContainer.GetBlobClient(name).UploadAsync(BinaryData.FromString(csv));
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return (await monitoring.Import.ImportAsync(name, content, default))!;
    }

    [Fact]
    public async Task Reports_in_processed_are_not_imported_again()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("{}"));
        Assert.Null(await monitoring.Import.ImportAsync(SubjectsInbox.ReportName("x.csv"), content, default));
    }
}
