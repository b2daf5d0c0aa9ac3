using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// Writes every row of a version (entities in sharded partitions through 100-row transactions, then
/// address rows, then the snapshot). It never touches the pointer: a version interrupted here stays
/// invisible to screening.
/// </summary>
public sealed class ListVersionWriter
{
    private const int MaxBatchRows = 100;

    // A transaction may carry 4 MB; keep a margin for the multipart envelope.
    private const int MaxBatchBytes = 3_500_000;

    private readonly ListStorage _storage;
    private readonly SnapshotStore _snapshots;
    private readonly ListsOptions _options;
    private readonly ListWriteHooks _hooks;

    public ListVersionWriter(ListStorage storage, SnapshotStore snapshots, IOptions<ListsOptions> options)
        : this(storage, snapshots, options, new ListWriteHooks())
    {
    }

    internal ListVersionWriter(ListStorage storage, SnapshotStore snapshots, IOptions<ListsOptions> options, ListWriteHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _snapshots = snapshots;
        _options = options.Value;
        _hooks = hooks;
    }

    public int Shards => Math.Clamp(_options.EntityShards, 1, 99);

    public async Task WriteAsync(ListVersionRecord record, ParsedList list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(list);
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var duplicate = list.Entities.GroupBy(entity => entity.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{record.Source} lists entity id {duplicate.Key} {duplicate.Count()} times; ids must be unique in a version.");
        }

        await WriteEntitiesAsync(record, list, cancellationToken).ConfigureAwait(false);
        await WriteAddressesAsync(record, list, cancellationToken).ConfigureAwait(false);
        await _snapshots.WriteAsync(record.Source, record.VersionId, list, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteEntitiesAsync(ListVersionRecord record, ParsedList list, CancellationToken cancellationToken)
    {
        var table = _storage.Table(ListTables.Entities);
        var batches = list.Entities
            .Select(entity => EntityRowCodec.Encode(entity, EntityPartition.KeyOf(record.Source, record.VersionId, entity.Id, record.Shards)))
            .GroupBy(row => row.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => Batch(partition))
            .ToList();
        var written = 0;
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WriteConcurrency), CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), token).ConfigureAwait(false);
                var count = Interlocked.Add(ref written, batch.Count);
                if (_hooks.AfterEntityBatch is { } hook)
                {
                    await hook(count, token).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
    }

    private async Task WriteAddressesAsync(ListVersionRecord record, ParsedList list, CancellationToken cancellationToken)
    {
        var table = _storage.Table(ListTables.Addresses);
        var rows = list.Entities.SelectMany(entity => AddressRow.For(record.Source, record.VersionId, entity)).ToList();

        // Every address is its own partition, so rows cannot share a transaction; write them side by side.
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WriteConcurrency) * 2, CancellationToken = cancellationToken },
            async (row, token) => await table.UpsertEntityAsync(row, TableUpdateMode.Replace, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static IEnumerable<List<TableEntity>> Batch(IEnumerable<TableEntity> rows)
    {
        var batch = new List<TableEntity>(MaxBatchRows);
        var bytes = 0;
        foreach (var row in rows)
        {
            var size = EntityRowCodec.EstimatedBytes(row);
            if (batch.Count == MaxBatchRows || (batch.Count > 0 && bytes + size > MaxBatchBytes))
            {
                yield return batch;
                batch = new List<TableEntity>(MaxBatchRows);
                bytes = 0;
            }

            batch.Add(row);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
