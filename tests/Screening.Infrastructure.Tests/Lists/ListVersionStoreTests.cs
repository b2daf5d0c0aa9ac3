using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Storage;
using Screening.Infrastructure.Tests.Support;

namespace Screening.Infrastructure.Tests.Lists;

[Collection(SharedAzurite.Name)]
public sealed class ListVersionStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Written_version_reads_back_identically_from_snapshot_and_from_rows()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource();
        var list = TestLists.Numbered(source, 450);
        var record = await StoreActions.WriteAsync(services, list);
        var reader = services.GetRequiredService<ListVersionReader>();

        var fromSnapshot = await reader.ReadAsync(record, CancellationToken.None);
        var fromRows = await reader.ReadRowsAsync(record, CancellationToken.None);

        Assert.True(fromSnapshot.FromSnapshot);
        Assert.Equal(Json(list.Entities), Json(fromSnapshot.List.Entities));
        Assert.Equal(Json(list.Entities.OrderBy(e => e.Id, StringComparer.Ordinal)), Json(fromRows.Entities));
        Assert.Equal(list.Metadata.ContentHash, fromRows.Metadata.ContentHash);
    }

    [Fact]
    public async Task Missing_snapshot_falls_back_to_the_rows()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var list = TestLists.Numbered(TestLists.UniqueSource(), 120);
        var record = await StoreActions.WriteAsync(services, list);
        await services.GetRequiredService<SnapshotStore>().DeleteAsync(record.Source, record.VersionId, CancellationToken.None);

        var loaded = await services.GetRequiredService<ListVersionReader>().ReadAsync(record, CancellationToken.None);

        Assert.False(loaded.FromSnapshot);
        Assert.Equal(120, loaded.List.Entities.Count);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("other-list")]
    public async Task Corrupt_snapshot_falls_back_to_the_rows(string corruption)
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var list = TestLists.Numbered(TestLists.UniqueSource(), 80);
        var record = await StoreActions.WriteAsync(services, list);
        var blob = services.GetRequiredService<ListStorage>().Container(ListTables.SnapshotContainer).GetBlobClient(ListBlobPaths.Snapshot(record.Source, record.VersionId));
        if (corruption == "garbage")
        {
            await blob.UploadAsync(BinaryData.FromString("\u001f\u008b not really gzip"), overwrite: true);
        }
        else
        {
            // A well-formed snapshot of different content (a wrong copy) must not be served either.
            await services.GetRequiredService<SnapshotStore>().WriteAsync(record.Source, record.VersionId, TestLists.Numbered(record.Source, 80), CancellationToken.None);
        }

        var loaded = await services.GetRequiredService<ListVersionReader>().ReadAsync(record, CancellationToken.None);

        Assert.False(loaded.FromSnapshot);
        Assert.Equal(Json(list.Entities.OrderBy(e => e.Id, StringComparer.Ordinal)), Json(loaded.List.Entities));
    }

    [Fact]
    public async Task Entity_ids_with_characters_forbidden_in_keys_are_point_read_from_the_active_version()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = "custom:" + TestLists.UniqueSource("acme");
        var odd = TestLists.Entity(source, "A/B\\C#D?E%F\tG", "ODD KEY PERSON");
        var list = TestLists.List(source, [odd, TestLists.Entity(source, "2", "PLAIN PERSON")]);
        await StoreActions.WriteAsync(services, list);
        var lookup = services.GetRequiredService<EntityLookup>();

        var found = await lookup.GetEntityAsync(odd.Id, CancellationToken.None);
        var missing = await lookup.GetEntityAsync(source + ":404", CancellationToken.None);
        var unknownSource = await lookup.GetEntityAsync("nobody:1", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(Json(odd), Json(found));
        Assert.Null(missing);
        Assert.Null(unknownSource);
    }

    [Fact]
    public async Task An_entity_larger_than_a_property_round_trips_through_compressed_chunks()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource();
        var random = new Random(7);
        var bytes = new byte[150_000];
        random.NextBytes(bytes);
        var huge = TestLists.Entity(source, "big", "BIG ENTRY") with { Remarks = Convert.ToBase64String(bytes) };
        var list = TestLists.List(source, [huge, TestLists.Entity(source, "small", "SMALL ENTRY")]);
        var record = await StoreActions.WriteAsync(services, list);

        var row = EntityRowCodec.Encode(huge, "pk");
        var fromRows = await services.GetRequiredService<ListVersionReader>().ReadRowsAsync(record, CancellationToken.None);

        Assert.True(row.GetInt32(EntityRowCodec.ChunkCountProperty) >= 2);
        Assert.Equal(Json(huge), Json(fromRows.Entities.Single(e => e.Id == huge.Id)));
    }

    [Fact]
    public async Task Address_lookup_answers_from_active_versions_only_and_ignores_hex_case()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var source = TestLists.UniqueSource();
        var listed = "0x" + Guid.NewGuid().ToString("N").ToUpperInvariant() + "ABCDEF01";
        var pending = "0x" + Guid.NewGuid().ToString("N") + "12345678";
        await StoreActions.WriteAsync(services, TestLists.List(source, [TestLists.Entity(source, "1", "WALLET OWNER", listed)]));
        await StoreActions.WriteAsync(services, TestLists.List(source, [TestLists.Entity(source, "1", "WALLET OWNER", pending)]), activate: false);
        var lookup = services.GetRequiredService<EntityLookup>();

        var hit = await lookup.FindAddressAsync(listed.ToLowerInvariant(), CancellationToken.None);
        var notActive = await lookup.FindAddressAsync(pending, CancellationToken.None);

        var listing = Assert.Single(hit);
        Assert.Equal(source + ":1", listing.EntityId);
        Assert.Equal(listed, listing.Value);
        Assert.Empty(notActive);
    }

    [Fact]
    public async Task Activating_over_a_pointer_that_moved_meanwhile_is_refused()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString);
        var versions = services.GetRequiredService<ListVersionStore>();
        var source = TestLists.UniqueSource();
        await StoreActions.WriteAsync(services, TestLists.Numbered(source, 3), "20260101T000000000Z-aaaaaaaa");
        var seen = await versions.GetPointerAsync(source, CancellationToken.None);
        await StoreActions.WriteAsync(services, TestLists.Numbered(source, 3), "20260102T000000000Z-bbbbbbbb");

        await Assert.ThrowsAsync<ListActivationConflictException>(() =>
            versions.ActivateAsync(source, "20260103T000000000Z-cccccccc", seen, DateTimeOffset.UtcNow, CancellationToken.None));
        await Assert.ThrowsAsync<ListActivationConflictException>(() =>
            versions.ActivateAsync(source, "20260103T000000000Z-cccccccc", null, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal("20260102T000000000Z-bbbbbbbb", (await versions.GetPointerAsync(source, CancellationToken.None))!.VersionId);
    }

    [Fact]
    public async Task Retention_keeps_the_newest_versions_and_purges_rows_snapshots_and_addresses_of_older_ones()
    {
        await using var services = Harness.Create(azurite.Server.ConnectionString, new Dictionary<string, string?> { ["Lists:RetainedVersions"] = "3" });
        var source = TestLists.UniqueSource();
        var written = new List<ListVersionRecord>();
        for (var i = 1; i <= 5; i++)
        {
            var address = $"0x{i:D40}";
            written.Add(await StoreActions.WriteAsync(services, TestLists.List(source, [TestLists.Entity(source, "1", "OWNER", address), TestLists.Entity(source, "2", "OTHER")]), $"2026010{i}T000000000Z-0000000{i}"));
        }

        var purged = await services.GetRequiredService<ListRetention>().ApplyAsync(source, written[^1].VersionId, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal([written[1].VersionId, written[0].VersionId], purged);
        var records = await services.GetRequiredService<ListVersionStore>().ListAsync(source, CancellationToken.None);
        Assert.Equal(5, records.Count);
        Assert.Equal(3, records.Count(r => r.Status != ListVersionStatus.Purged));
        var reader = services.GetRequiredService<ListVersionReader>();
        Assert.Null(await reader.ReadEntityAsync(written[0], source + ":1", CancellationToken.None));
        Assert.NotNull(await reader.ReadEntityAsync(written[2], source + ":1", CancellationToken.None));
        Assert.Null(await services.GetRequiredService<SnapshotStore>().TryReadAsync(source, written[0].VersionId, written[0].ContentHash, 2, CancellationToken.None));
        var addresses = services.GetRequiredService<ListStorage>().Table(ListTables.Addresses);
        Assert.False((await addresses.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>($"0x{1:D40}", AddressRow.RowKey(source, written[0].VersionId, source + ":1"))).HasValue);
        Assert.True((await addresses.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>($"0x{3:D40}", AddressRow.RowKey(source, written[2].VersionId, source + ":1"))).HasValue);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ListJson.Options);
}
