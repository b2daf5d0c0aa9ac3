using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Audit;

public sealed class AuditStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private AuditStore NewStore() => new(new TableServiceClient(azurite.Server.ConnectionString), Options.Create(new AuditOptions
    {
        TableName = "Audit" + Guid.NewGuid().ToString("n")[..8],
    }));

    [Fact]
    public async Task A_requests_records_come_back_in_item_order()
    {
        var store = NewStore();
        var records = new AuditRecordBuilder().ForRequest("req-1").Items(250);
        await store.WriteAsync([.. records.Reverse()], default);
        await store.WriteAsync(new AuditRecordBuilder().ForRequest("req-10").Items(3), default);

        var read = await store.GetByRequestAsync("req-1", Today.AddDays(-1), Today, default);
        Assert.Equal(Enumerable.Range(0, 250), read.Select(r => r.ItemIndex));
        Assert.Equal(records[7], read[7] with { TopMatches = records[7].TopMatches });
        Assert.Equal(records[7].TopMatches, read[7].TopMatches);
    }

    [Fact]
    public async Task Writing_the_same_batch_twice_keeps_one_record_each()
    {
        var store = NewStore();
        var records = new AuditRecordBuilder().ForRequest("retried").Items(5);
        await store.WriteAsync(records, default);
        await store.WriteAsync(records, default);
        Assert.Equal(5, (await store.GetByRequestAsync("retried", Today.AddDays(-30), Today, default)).Count);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_request_is_found_only_within_the_searched_days()
    {
        var store = NewStore();
        await store.WriteAsync(new AuditRecordBuilder().ForRequest("last-week").At(DateTimeOffset.UtcNow.AddDays(-7)).Items(3), default);
        Assert.Empty(await store.GetByRequestAsync("last-week", Today.AddDays(-3), Today, default));
        Assert.Equal(3, (await store.GetByRequestAsync("last-week", Today.AddDays(-8), Today, default)).Count);
    }

    [Fact]
    public async Task Many_requests_spread_over_partitions_all_come_back()
    {
        var store = NewStore();
        var requests = Enumerable.Range(0, 300).Select(i => new AuditRecordBuilder().ForRequest($"r-{i}").Item(0)).ToList();
        await store.WriteAsync(requests, default);
        foreach (var i in new[] { 0, 17, 299 })
        {
            Assert.Single(await store.GetByRequestAsync($"r-{i}", Today, Today, default));
        }
    }

    [Fact]
    public async Task An_unknown_request_has_no_records() =>
        Assert.Empty(await NewStore().GetByRequestAsync("never-seen", Today.AddDays(-30), Today, default));

    [Fact]
    public async Task Purge_deletes_whole_days_before_the_cutoff_and_keeps_the_rest()
    {
        var store = NewStore();
        var now = DateTimeOffset.UtcNow;
        await store.WriteAsync(new AuditRecordBuilder().ForRequest("old").At(now.AddDays(-10)).Items(120), default);
        await store.WriteAsync(new AuditRecordBuilder().ForRequest("new").At(now).Items(2), default);

        var deleted = await store.PurgeBeforeAsync(now.AddDays(-5), default);

        Assert.Equal(120, deleted);
        Assert.Empty(await store.GetByRequestAsync("old", Today.AddDays(-30), Today, default));
        Assert.Equal(2, (await store.GetByRequestAsync("new", Today.AddDays(-30), Today, default)).Count);
    }
}
