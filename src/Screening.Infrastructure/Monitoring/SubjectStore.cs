using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// Subjects in Table Storage, one row each (they are read and written one by one over HTTP), spread over
/// <see cref="SubjectPartition.Count"/> partitions by a hash of the id: a re-screen reads whole partitions in parallel,
/// one queue message each, and an import writes batches of 100 rows of one partition in one transaction.
/// A deregistered subject keeps its row (Active = false), so its history and alerts still resolve.
/// </summary>
public sealed class SubjectStore(TableServiceClient tables)
{
    private const int MaxTransaction = 100;
    private readonly TableClient _table = tables.GetTableClient(MonitoringTables.Subjects);
    private int _created;

    public async Task<StoredSubject?> GetAsync(string subjectId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(subjectId), TableKey.Escape(subjectId), cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <summary>Writes (inserts or replaces) subjects; those of one partition go together, up to 100 per transaction.</summary>
    public async Task PutAsync(IReadOnlyList<StoredSubject> subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        await EnsureTableAsync(cancellationToken);
        var transactions = subjects
            .GroupBy(s => PartitionOf(s.Subject.Id), StringComparer.Ordinal)
            .SelectMany(g => g.DistinctBy(s => s.Subject.Id, StringComparer.Ordinal).Chunk(MaxTransaction))
            .ToList();
        await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, token) =>
        {
            if (chunk.Length == 1)
            {
                await _table.UpsertEntityAsync(Row(chunk[0]), TableUpdateMode.Replace, token);
                return;
            }

            await _table.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(s))), token);
        });
    }

    /// <summary>
    /// Inserts subjects that have no row yet, 100 of one partition per transaction and without reading first (an initial
    /// import is almost all new subjects). Returns the ids that already had a row: those are left untouched for the
    /// caller to register one by one. A transaction with one existing row writes nothing, so its rows are then added
    /// alone to learn which exist.
    /// </summary>
    public async Task<IReadOnlySet<string>> AddNewAsync(IReadOnlyList<StoredSubject> subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        await EnsureTableAsync(cancellationToken);
        var existing = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var transactions = subjects
            .GroupBy(s => PartitionOf(s.Subject.Id), StringComparer.Ordinal)
            .SelectMany(g => g.DistinctBy(s => s.Subject.Id, StringComparer.Ordinal).Chunk(MaxTransaction))
            .ToList();
        await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, token) =>
        {
            try
            {
                await _table.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.Add, Row(s))), token);
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                foreach (var subject in chunk)
                {
                    try
                    {
                        await _table.AddEntityAsync(Row(subject), token);
                    }
                    catch (RequestFailedException single) when (single.Status == 409)
                    {
                        existing.TryAdd(subject.Subject.Id, true);
                    }
                }
            }
        });
        return existing.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Records what subjects were screened against, merging only those two fields into their rows (100 per
    /// transaction, per partition), so fields a concurrent registration wrote are kept.
    /// </summary>
    public async Task StampScreenedAsync(IReadOnlyList<string> subjectIds, string screenedAgainst, DateTimeOffset screenedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        await EnsureTableAsync(cancellationToken);
        var transactions = subjectIds
            .Distinct(StringComparer.Ordinal)
            .GroupBy(PartitionOf, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(MaxTransaction))
            .ToList();
        await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, token) =>
        {
            var stamps = chunk.Select(id => new TableEntity(PartitionOf(id), TableKey.Escape(id)) { ["ScreenedAgainst"] = screenedAgainst, ["ScreenedAt"] = screenedAt });
            await _table.SubmitTransactionAsync(stamps.Select(e => new TableTransactionAction(TableTransactionActionType.UpdateMerge, e, ETag.All)), token);
        });
    }

    /// <summary>One page of subjects in partition and id order; deregistered ones only when asked for.</summary>
    public async Task<MonitoringPage<StoredSubject>> ListAsync(bool includeDeregistered, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = includeDeregistered ? null : "Active eq true";
        await foreach (var page in _table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize))
        {
            return new MonitoringPage<StoredSubject>([.. page.Values.Select(Read)], page.ContinuationToken);
        }

        return new MonitoringPage<StoredSubject>([], null);
    }

    /// <summary>Every active subject of one partition, streamed.</summary>
    public async IAsyncEnumerable<StoredSubject> ReadPartitionAsync(int partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var key = SubjectPartition.Key(partition);
        await foreach (var row in _table.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(key)} and Active eq true", cancellationToken: cancellationToken))
        {
            yield return Read(row);
        }
    }

    private static string PartitionOf(string subjectId) => SubjectPartition.Key(SubjectPartition.Of(subjectId));

    private static TableEntity Row(StoredSubject stored) => new(PartitionOf(stored.Subject.Id), TableKey.Escape(stored.Subject.Id))
    {
        ["Subject"] = JsonSerializer.Serialize(stored.Subject, MonitoringJson.Options),
        ["Fingerprint"] = stored.Fingerprint,
        ["Active"] = stored.Active,
        ["RegisteredAt"] = stored.RegisteredAt,
        ["UpdatedAt"] = stored.UpdatedAt,
        ["DeregisteredAt"] = stored.DeregisteredAt,
        ["ScreenedAgainst"] = stored.ScreenedAgainst,
        ["ScreenedAt"] = stored.ScreenedAt,
    };

    private static StoredSubject Read(TableEntity row) => new(
        JsonSerializer.Deserialize<Subject>(row.GetString("Subject"), MonitoringJson.Options)
            ?? throw new InvalidDataException($"Subject row {row.PartitionKey}/{row.RowKey} holds no subject."),
        row.GetString("Fingerprint"),
        row.GetBoolean("Active") ?? false,
        row.GetDateTimeOffset("RegisteredAt") ?? default,
        row.GetDateTimeOffset("UpdatedAt") ?? default,
        row.GetDateTimeOffset("DeregisteredAt"),
        row.GetString("ScreenedAgainst"),
        row.GetDateTimeOffset("ScreenedAt"));

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        try
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Another instance created it at the same moment.
        }

        Volatile.Write(ref _created, 1);
    }
}
