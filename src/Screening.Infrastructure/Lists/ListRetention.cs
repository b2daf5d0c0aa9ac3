using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// Keeps the newest <see cref="ListsOptions.RetainedVersions"/> versions of a source (and always the
/// active one) with rows and snapshot; older versions lose their rows and snapshot and are marked
/// Purged. Records, archived originals and deltas are never deleted. Runs under the source's lease.
/// </summary>
public sealed class ListRetention(ListStorage storage, ListVersionStore versions, SnapshotStore snapshots, IOptions<ListsOptions> options)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(string source, string? activeVersionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var all = await versions.ListAsync(source, cancellationToken).ConfigureAwait(false);
        foreach (var abandoned in all.Where(v => v.Status == ListVersionStatus.Writing && v.VersionId != activeVersionId))
        {
            // Only a crashed or cut-off write leaves this state behind, since writes hold the source's lease.
            await versions.SaveAsync(abandoned with { Status = ListVersionStatus.Failed, Error = $"Writing was interrupted; the version was never activated (found {now:O})." }, cancellationToken).ConfigureAwait(false);
        }

        var keep = Math.Max(1, options.Value.RetainedVersions);
        var purge = all
            .Where(v => v.Status != ListVersionStatus.Purged)
            .Skip(keep)
            .Where(v => v.VersionId != activeVersionId)
            .ToList();
        foreach (var version in purge)
        {
            // Marked first: a purge cut off half-way leaves rows nothing reads, never a Superseded or Held
            // record that promises rows it no longer has (such a record may be activated again).
            var current = await versions.GetAsync(source, version.VersionId, cancellationToken).ConfigureAwait(false) ?? version;
            await versions.SaveAsync(current with { Status = ListVersionStatus.Purged }, cancellationToken).ConfigureAwait(false);
            await PurgeRowsAsync(version, cancellationToken).ConfigureAwait(false);
            await snapshots.DeleteAsync(version.Source, version.VersionId, cancellationToken).ConfigureAwait(false);
        }

        return [.. purge.Select(v => v.VersionId)];
    }

    private async Task PurgeRowsAsync(ListVersionRecord version, CancellationToken cancellationToken)
    {
        var entities = storage.Table(ListTables.Entities);
        var addresses = storage.Table(ListTables.Addresses);
        for (var shard = 0; shard < Math.Max(1, version.Shards); shard++)
        {
            var partition = EntityPartition.Key(version.Source, version.VersionId, shard);
            var batch = new List<TableTransactionAction>(100);
            await foreach (var row in entities.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(partition)}", cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                foreach (var address in AddressRow.For(version.Source, version.VersionId, EntityRowCodec.Decode(row)))
                {
                    await addresses.DeleteEntityAsync(address.PartitionKey, address.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), ETag.All));
                if (batch.Count == 100)
                {
                    await entities.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await entities.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
