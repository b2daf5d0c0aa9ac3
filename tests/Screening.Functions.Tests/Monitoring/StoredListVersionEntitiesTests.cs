using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// A base version whose rows are gone is no base for a delta: the re-screen of the partition screens everything rather
/// than failing its message until it lands in the poison queue.
/// </summary>
public sealed class StoredListVersionEntitiesTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    [Theory]
    [InlineData(ListVersionStatus.Purged)]
    [InlineData(ListVersionStatus.Superseded)]
    public async Task A_version_without_its_rows_reads_as_no_base(ListVersionStatus status)
    {
        var storage = new ListStorage(new TableServiceClient(monitoring.ConnectionString), new BlobServiceClient(monitoring.ConnectionString));
        var versions = new ListVersionStore(storage);
        var source = $"custom:gone-{Guid.NewGuid():n}"[..24];
        // The record says 40 entities; retention deleted the rows (purged), or they are missing (superseded, rows lost).
        await versions.SaveAsync(new ListVersionRecord { Source = source, VersionId = "v-1", Status = status, ContentHash = "abc", LoadedAt = DateTimeOffset.UtcNow, EntityCount = 40, ParsedCount = 40 }, default);
        var stored = new StoredListVersionEntities(versions, new ListVersionReader(storage, new SnapshotStore(storage)));

        Assert.Null(await stored.ReadAsync(source, "v-1", default));
        Assert.Null(await stored.ReadAsync(source, "v-never-stored", default));
    }
}
