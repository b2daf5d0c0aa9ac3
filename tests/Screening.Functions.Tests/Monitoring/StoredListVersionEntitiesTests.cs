using Microsoft.Extensions.DependencyInjection;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Tests.Lists;
using Screening.Infrastructure.Lists;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// The base versions a delta re-screen compares with, read from the real list store on Azurite (versions ingested as
/// uploads are): a stored version reads back whole, also once superseded; a version whose rows are gone is no base
/// for a delta, so the re-screen of the partition screens everything rather than failing its message until it lands
/// in the poison queue.
/// </summary>
public sealed class StoredListVersionEntitiesTests(ListStoreFixture store) : IClassFixture<ListStoreFixture>
{
    private readonly ListVersionStore _versions = store.Services.GetRequiredService<ListVersionStore>();

    private StoredListVersionEntities Stored => new(_versions, store.Services.GetRequiredService<ListVersionReader>());

    [Fact]
    public async Task A_superseded_version_reads_back_its_own_entities_not_the_active_ones()
    {
        var name = UniqueName();
        var first = await store.UploadAsync(name, "ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS");
        var second = await store.UploadAsync(name, "ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS", "DELTA MARINE");
        var source = "custom:" + name;
        Assert.Equal(ListVersionStatus.Superseded, (await _versions.GetAsync(source, first, default))!.Status);

        var before = await Stored.ReadAsync(source, first, default);
        var now = await Stored.ReadAsync(source, second, default);

        Assert.Equal(["ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS"], before!.Select(e => e.PrimaryName.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS", "DELTA MARINE"], now!.Select(e => e.PrimaryName.Value).Order(StringComparer.Ordinal));
        Assert.All(before!, e => Assert.Equal(source, e.Source));
    }

    [Fact]
    public async Task A_version_purged_by_retention_reads_as_no_base_though_its_record_is_kept()
    {
        var name = UniqueName();
        var first = await store.UploadAsync(name, "ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS");
        await store.UploadAsync(name, "ALPHA TRADING", "BRAVO SHIPPING", "CHARLIE HOLDINGS", "DELTA MARINE");
        var source = "custom:" + name;
        var record = (await _versions.GetAsync(source, first, default))!;
        await _versions.SaveAsync(record with { Status = ListVersionStatus.Purged }, default);

        Assert.Null(await Stored.ReadAsync(source, first, default));
    }

    [Theory]
    [InlineData(ListVersionStatus.Purged)]
    [InlineData(ListVersionStatus.Superseded)]
    public async Task A_version_without_its_rows_reads_as_no_base(ListVersionStatus status)
    {
        var source = "custom:" + UniqueName();
        // The record says 40 entities; retention deleted the rows (purged), or they are missing (superseded, rows lost).
        await _versions.SaveAsync(new ListVersionRecord { Source = source, VersionId = "v-1", Status = status, ContentHash = "abc", LoadedAt = DateTimeOffset.UtcNow, EntityCount = 40, ParsedCount = 40 }, default);

        Assert.Null(await Stored.ReadAsync(source, "v-1", default));
        Assert.Null(await Stored.ReadAsync(source, "v-never-stored", default));
    }

    private static string UniqueName() => $"base-{Guid.NewGuid():n}"[..17];
}
