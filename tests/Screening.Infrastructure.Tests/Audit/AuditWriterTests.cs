using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Audit;

public sealed class AuditWriterTests : IDisposable
{
    /// <summary>This test's spill folder, deleted after it.</summary>
    private readonly string _spillRoot = Path.Combine(Path.GetTempPath(), $"audit-spill-test-{Guid.NewGuid():n}");

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public void A_full_buffer_refuses_a_whole_request_rather_than_part_of_it()
    {
        var buffer = new AuditBuffer(Options.Create(new AuditOptions { QueueCapacity = 10 }));
        Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().Items(8)));
        Assert.False(buffer.TryEnqueue(new AuditRecordBuilder().Items(3)));
        Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().Items(2)));
    }

    [Fact]
    public async Task Records_queued_before_a_clean_shutdown_are_all_written()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var (buffer, store, writer) = Create(azurite.ConnectionString);
        await writer.StartAsync(default);
        var records = new AuditRecordBuilder().ForRequest("shutdown").Items(730);
        Assert.True(buffer.TryEnqueue(records));

        await writer.StopAsync(default);

        Assert.Equal(730, (await store.GetByRequestAsync("shutdown", Today, Today, default)).Count);
    }

    [Fact]
    public async Task A_storage_outage_delays_records_but_loses_none()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        var (buffer, store, writer) = Create(azurite.ConnectionString);
        await store.GetByRequestAsync("warm-up", Today, Today, default);
        await azurite.StopAsync();
        await writer.StartAsync(default);
        Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().ForRequest("outage").Items(40)));
        await Task.Delay(1500);

        await azurite.RestartAsync();
        await writer.StopAsync(default);

        Assert.Equal(40, (await store.GetByRequestAsync("outage", Today, Today, default)).Count);
    }

    [Fact]
    public async Task Records_storage_refuses_through_the_shutdown_grace_are_logged_in_full_spilled_and_written_by_the_next_start()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        var log = new RecordingLogger();
        var (buffer, store, writer) = Create(azurite.ConnectionString, log, TimeSpan.FromSeconds(2));
        await store.GetByRequestAsync("warm-up", Today, Today, default);
        await azurite.StopAsync();
        await writer.StartAsync(default);
        // One record longer than a log property holds, so it is logged in parts.
        var records = new AuditRecordBuilder().ForRequest("outage-at-shutdown").Items(40)
            .Select((r, i) => i == 7 ? r with { Input = new string('x', 3 * AuditWriter.LoggedJsonPart) } : r).ToList();
        Assert.True(buffer.TryEnqueue(records));
        await Task.Delay(300);

        await writer.StopAsync(default);

        // Every record is in the log in full, under one event id, and rebuilds exactly from its parts.
        var logged = log.Entries.Where(e => e.Event == AuditWriter.UnsavedEvent.Id && e.Values.ContainsKey("AuditRecordJson"))
            .GroupBy(e => ((string)e.Values["RequestId"]!, (int)e.Values["ItemIndex"]!))
            .Select(g => string.Concat(g.OrderBy(e => (int)e.Values["Part"]!).Select(e => (string)e.Values["AuditRecordJson"]!)))
            .Select(json => System.Text.Json.JsonSerializer.Deserialize<AuditRecord>(json, Web)!)
            .ToList();
        Assert.Equal(40, logged.Count);
        Assert.Equal(records.Select(r => (r.ItemIndex, r.Input.Length)).Order(), logged.Select(r => (r.ItemIndex, r.Input.Length)).Order());
        Assert.True(log.Entries.Count(e => e.Event == AuditWriter.UnsavedEvent.Id && e.Values.ContainsKey("AuditRecordJson")) > 40);

        await azurite.RestartAsync();
        var (_, _, next) = Create(azurite.ConnectionString, new RecordingLogger());
        await next.StartAsync(default);
        var stored = await StoredAsync(store, "outage-at-shutdown", 40);

        await next.StopAsync(default);
        Assert.Equal(40, stored);
        Assert.Empty(Directory.GetFiles(_spillRoot, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Spilled_batches_that_cannot_be_opened_set_aside_or_deleted_do_not_stop_the_start()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Symbolic links and Unix modes make the failures; the deployment runs on Linux.
        }

        await using var azurite = await AzuriteServer.StartAsync();
        string? undeletable = null;
        try
        {
            var log = new RecordingLogger();
            var (buffer, store, writer) = Create(azurite.ConnectionString, log);
            var spill = new AuditSpill(Options.Create(new AuditOptions { SpillDirectory = _spillRoot }), store.Table);
            // Stored by the replay, but the file stays: it cannot be deleted.
            undeletable = spill.Save(new AuditRecordBuilder().ForRequest("spilled-undeletable").Items(5));
            // Cannot be opened: the link points at nothing (another instance replayed and deleted the batch).
            var gone = Path.Combine(spill.Directory, "0-gone.json");
            File.CreateSymbolicLink(gone, Path.Combine(_spillRoot, "nowhere.json"));
            // Cannot be read nor set aside: the name it would be kept under is taken by a folder.
            var garbled = Path.Combine(spill.Directory, "1-garbled.json");
            await File.WriteAllTextAsync(garbled, "{ not a batch");
            Directory.CreateDirectory(Path.Combine(garbled + ".unreadable", "occupied"));
            // Last: for a normal account it closes the folder the two files above are written to.
            var deleteBlocked = Undeletable(undeletable, true);

            await writer.StartAsync(default);
            Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().ForRequest("after-a-bad-spill").Items(3)));
            var written = await StoredAsync(store, "after-a-bad-spill", 3);

            await writer.StopAsync(default);
            Assert.Equal(3, written);
            Assert.Equal(5, (await store.GetByRequestAsync("spilled-undeletable", Today, Today, default)).Count);
            Assert.Equal(deleteBlocked, File.Exists(undeletable));
            Assert.True(File.Exists(garbled));
            var said = log.Entries.Where(e => e.Values.TryGetValue("Path", out var path) && path is string).Select(e => (string)e.Values["Path"]!).ToList();
            Assert.Contains(gone, said);
            Assert.Contains(garbled, said);
            if (deleteBlocked)
            {
                Assert.Contains(undeletable, said);
            }
        }
        finally
        {
            if (undeletable is not null)
            {
                Undeletable(undeletable, false);
            }
        }
    }

    [Fact]
    public async Task The_final_write_at_shutdown_gets_what_is_left_of_the_one_grace_not_a_second_grace()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        var grace = TimeSpan.FromSeconds(4);
        var log = new RecordingLogger();
        var (buffer, store, writer) = Create(azurite.ConnectionString, log, grace);
        await store.GetByRequestAsync("warm-up", Today, Today, default);
        await azurite.StopAsync();
        await writer.StartAsync(default);
        // The first batch is taken and retried by the loop; the second waits in the queue for the final write.
        Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().ForRequest("taken-by-the-loop").Items(10)));
        await Task.Delay(500);
        Assert.True(buffer.TryEnqueue(new AuditRecordBuilder().ForRequest("left-for-the-final-write").Items(10)));

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await writer.StopAsync(default);
        stopping.Stop();

        // One grace in all (a second would take the stop to twice the grace, past the host's own shutdown timeout).
        Assert.True(stopping.Elapsed < grace * 1.5, $"the stop took {stopping.Elapsed.TotalSeconds:0.0} s with a grace of {grace.TotalSeconds} s");
        var logged = log.Entries.Where(e => e.Event == AuditWriter.UnsavedEvent.Id && e.Values.ContainsKey("AuditRecordJson"))
            .Select(e => (string)e.Values["RequestId"]!).ToList();
        Assert.Equal(10, logged.Count(r => r == "taken-by-the-loop"));
        Assert.Equal(10, logged.Count(r => r == "left-for-the-final-write"));
        Assert.Equal(2, Directory.GetFiles(_spillRoot, "*.json", SearchOption.AllDirectories).Length);
    }

    /// <summary>
    /// Makes a file impossible to delete for this process, and says whether it could: an owner-only read-only folder for
    /// a normal account; root passes file modes, so the immutable attribute instead (chattr). That needs an ext4/xfs disk
    /// and CAP_LINUX_IMMUTABLE, which a container may lack: then the delete cannot be blocked, and the test checks the
    /// other two failures and that the stored batch was deleted as usual.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool Undeletable(string path, bool undeletable)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            File.SetUnixFileMode(Path.GetDirectoryName(path)!, undeletable ? UnixFileMode.UserRead | UnixFileMode.UserExecute : AuditSpill.OwnerOnlyFolder);
            return true;
        }

        try
        {
            using var chattr = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chattr", [undeletable ? "+i" : "-i", path]) { RedirectStandardError = true })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // No chattr on this machine.
        }
    }

    /// <summary>How many records of the request are stored once <paramref name="expected"/> are, or after 20 s of waiting.</summary>
    private static async Task<int> StoredAsync(AuditStore store, string requestId, int expected)
    {
        var stored = 0;
        for (var attempt = 0; attempt < 100 && stored < expected; attempt++)
        {
            await Task.Delay(200);
            stored = (await store.GetByRequestAsync(requestId, Today, Today, default)).Count;
        }

        return stored;
    }

    public void Dispose()
    {
        if (Directory.Exists(_spillRoot))
        {
            Directory.Delete(_spillRoot, recursive: true);
        }
    }

    private (AuditBuffer Buffer, AuditStore Store, AuditWriter Writer) Create(string connectionString, ILogger<AuditWriter>? logger = null, TimeSpan? shutdownGrace = null)
    {
        var options = Options.Create(new AuditOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(50),
            ShutdownGrace = shutdownGrace ?? new AuditOptions().ShutdownGrace,
            SpillDirectory = _spillRoot,
        });
        var buffer = new AuditBuffer(options);
        var store = new AuditStore(new TableServiceClient(connectionString), options);
        return (buffer, store, new AuditWriter(buffer, store, new AuditSpill(options, store.Table), options, TimeProvider.System, logger ?? NullLogger<AuditWriter>.Instance));
    }

    /// <summary>Keeps every log entry with its event id and structured values, as Application Insights would.</summary>
    private sealed class RecordingLogger : ILogger<AuditWriter>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(int Event, IReadOnlyDictionary<string, object?> Values)> _entries = new();

        public IReadOnlyList<(int Event, IReadOnlyDictionary<string, object?> Values)> Entries => [.. _entries];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
            _entries.Enqueue((eventId.Id, values));
        }
    }
}
