using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists;

/// <summary>Reads stored versions: whole (snapshot first, rows when the snapshot fails) or one entity by id.</summary>
public sealed class ListVersionReader(ListStorage storage, SnapshotStore snapshots)
{
    public async Task<LoadedVersion> ReadAsync(ListVersionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var snapshot = await snapshots.TryReadAsync(record.Source, record.VersionId, record.ContentHash, record.EntityCount, cancellationToken).ConfigureAwait(false);
        return snapshot is not null
            ? new LoadedVersion(record, snapshot, FromSnapshot: true)
            : new LoadedVersion(record, await ReadRowsAsync(record, cancellationToken).ConfigureAwait(false), FromSnapshot: false);
    }

    /// <summary>The version from its entity rows, the source of truth; fails if rows are missing.</summary>
    public async Task<ParsedList> ReadRowsAsync(ListVersionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var table = storage.Table(ListTables.Entities);
        var shards = await Task.WhenAll(Enumerable.Range(0, Math.Max(1, record.Shards)).Select(async shard =>
        {
            var partition = EntityPartition.Key(record.Source, record.VersionId, shard);
            var entities = new List<SanctionedEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(partition)}", cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                entities.Add(EntityRowCodec.Decode(row));
            }

            return entities;
        })).ConfigureAwait(false);

        var all = shards.SelectMany(entities => entities).OrderBy(entity => entity.Id, StringComparer.Ordinal).ToList();
        if (all.Count != record.EntityCount)
        {
            throw new InvalidDataException($"Version {record.VersionId} of {record.Source} has {all.Count} entity rows where its record says {record.EntityCount}.");
        }

        var metadata = new ListMetadata(record.Source, record.Format ?? ListFormat.CustomCsv, record.PublishedAt, record.DeclaredCount, record.ParsedCount, record.ContentHash);
        return new ParsedList(metadata, all);
    }

    public async Task<SanctionedEntity?> ReadEntityAsync(ListVersionRecord record, string entityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await storage.Table(ListTables.Entities).GetEntityIfExistsAsync<TableEntity>(
            EntityPartition.KeyOf(record.Source, record.VersionId, entityId, record.Shards),
            TableKey.Escape(entityId),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? EntityRowCodec.Decode(row.Value!) : null;
    }
}
