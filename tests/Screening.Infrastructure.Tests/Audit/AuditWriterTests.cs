using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Audit;

public sealed class AuditWriterTests
{
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

    private static (AuditBuffer Buffer, AuditStore Store, AuditWriter Writer) Create(string connectionString)
    {
        var options = Options.Create(new AuditOptions { FlushInterval = TimeSpan.FromMilliseconds(50) });
        var buffer = new AuditBuffer(options);
        var store = new AuditStore(new TableServiceClient(connectionString), options);
        return (buffer, store, new AuditWriter(buffer, store, options, TimeProvider.System, NullLogger<AuditWriter>.Instance));
    }
}
