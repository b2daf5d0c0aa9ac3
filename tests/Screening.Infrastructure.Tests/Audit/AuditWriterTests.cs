using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Audit;

public sealed class AuditWriterTests
{
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
        var spillRoot = Path.Combine(Path.GetTempPath(), $"audit-spill-test-{Guid.NewGuid():n}");
        try
        {
            var log = new RecordingLogger();
            var (buffer, store, writer) = Create(azurite.ConnectionString, spillRoot, log, TimeSpan.FromSeconds(2));
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
            var (_, _, next) = Create(azurite.ConnectionString, spillRoot, new RecordingLogger());
            await next.StartAsync(default);
            var stored = 0;
            for (var attempt = 0; attempt < 100 && stored < 40; attempt++)
            {
                await Task.Delay(200);
                stored = (await store.GetByRequestAsync("outage-at-shutdown", Today, Today, default)).Count;
            }

            await next.StopAsync(default);
            Assert.Equal(40, stored);
            Assert.Empty(Directory.GetFiles(spillRoot, "*", SearchOption.AllDirectories));
        }
        finally
        {
            if (Directory.Exists(spillRoot))
            {
                Directory.Delete(spillRoot, recursive: true);
            }
        }
    }

    private static (AuditBuffer Buffer, AuditStore Store, AuditWriter Writer) Create(string connectionString, string? spillRoot = null, ILogger<AuditWriter>? logger = null, TimeSpan? shutdownGrace = null)
    {
        var options = Options.Create(new AuditOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(50),
            ShutdownGrace = shutdownGrace ?? new AuditOptions().ShutdownGrace,
            SpillDirectory = spillRoot ?? Path.Combine(Path.GetTempPath(), $"audit-spill-test-{Guid.NewGuid():n}"),
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
