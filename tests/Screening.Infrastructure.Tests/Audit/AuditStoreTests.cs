using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Audit;

public sealed class AuditStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly string _table = "Audit" + Guid.NewGuid().ToString("n")[..8];

    private AuditStore NewStore() => new(new TableServiceClient(azurite.Server.ConnectionString), Options.Create(new AuditOptions
    {
        TableName = _table,
    }));

    private async Task<List<TableEntity>> StoredEntitiesAsync()
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in new TableServiceClient(azurite.Server.ConnectionString).GetTableClient(_table).QueryAsync<TableEntity>())
        {
            entities.Add(entity);
        }

        return entities;
    }

    [Fact]
    public async Task One_write_stores_one_page_per_partition_not_one_entity_per_record()
    {
        var store = NewStore();
        var requests = Enumerable.Range(0, 1_000).Select(i => new AuditRecordBuilder().ForRequest($"page-{i}").Item(0)).ToList();

        await store.WriteAsync(requests, default);

        var entities = await StoredEntitiesAsync();
        Assert.InRange(entities.Count, 1, AuditStore.Buckets);
        Assert.Equal(1_000, entities.Sum(e => e.GetInt32("Count")));
        Assert.All(entities, e => Assert.Equal("json-gzip-v1", e.GetString("Format")));
    }

    [Fact]
    public async Task Records_too_large_for_one_entity_are_split_over_pages_and_all_come_back()
    {
        var store = NewStore();
        var random = new Random(7);
        // Incompressible inputs of 4,000 characters: ~6 MB of records in one partition, far over the 1 MiB of an entity.
        var records = new AuditRecordBuilder().ForRequest("big-batch").Items(1_000)
            .Select(r => r with { Input = string.Concat(Enumerable.Range(0, 4_000).Select(_ => (char)random.Next('!', '~'))) })
            .ToList();

        await store.WriteAsync(records, default);

        var entities = await StoredEntitiesAsync();
        Assert.True(entities.Count > 5, $"{entities.Count} pages");
        Assert.All(entities, e => Assert.InRange(e.GetInt32("RecordsChunks") ?? 0, 1, 15));
        var read = await store.GetByRequestAsync("big-batch", Today, Today, default);
        Assert.Equal(records.Select(r => (r.ItemIndex, r.Input)), read.Select(r => (r.ItemIndex, r.Input)));
    }

    [Fact]
    public async Task A_request_id_that_is_a_prefix_of_another_in_the_same_page_finds_only_its_own_records()
    {
        var store = NewStore();
        // Ids chosen to share a partition (bucket), so they share one page and only the id list tells them apart.
        var partition = AuditStore.PartitionKey("20260101", "abc");
        var sameBucket = Enumerable.Range(0, 10_000).Select(i => $"abc{i}").Where(id => AuditStore.PartitionKey("20260101", id) == partition).Take(3).ToList();
        Assert.Equal(3, sameBucket.Count);
        await store.WriteAsync([new AuditRecordBuilder().ForRequest("abc").Item(0), .. sameBucket.Select(id => new AuditRecordBuilder().ForRequest(id).Item(0))], default);
        Assert.Single(await StoredEntitiesAsync());

        var read = await store.GetByRequestAsync("abc", Today, Today, default);

        Assert.Equal("abc", Assert.Single(read).RequestId);
    }

    [Fact]
    public async Task Two_screenings_under_one_caller_chosen_request_id_both_come_back()
    {
        var store = NewStore();
        var now = DateTimeOffset.UtcNow;
        await store.WriteAsync([new AuditRecordBuilder().ForRequest("reused").At(now.AddSeconds(-5)).Item(0)], default);
        await store.WriteAsync([new AuditRecordBuilder().ForRequest("reused").At(now).Item(0)], default);

        Assert.Equal(2, (await store.GetByRequestAsync("reused", Today.AddDays(-1), Today, default)).Count);
    }

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
