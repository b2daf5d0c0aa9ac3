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
/// A re-screen does not write to the subject rows: what a partition's subjects were screened against is one
/// <see cref="PartitionScreening"/> row per partition, which reads of subjects apply (<see cref="PartitionScreening.Resolve"/>).
/// </summary>
public sealed class SubjectStore(TableServiceClient tables)
{
    /// <summary>The listing name page cursors of <see cref="ListAsync"/> are bound to.</summary>
    public const string Listing = "subjects";

    private const int MaxTransaction = 100;
    private const string ScreeningPartition = "screened";
    private const string StartedPartition = "started";
    private readonly TableClient _table = tables.GetTableClient(MonitoringTables.Subjects);
    private readonly TableClient _screenings = tables.GetTableClient(MonitoringTables.Rescreens);
    private int _created;

    /// <summary>The subject, with what it was last screened against (its own stamp or its partition's re-screen).</summary>
    public async Task<StoredSubject?> GetAsync(string subjectId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var partition = SubjectPartition.Of(subjectId);
        var row = _table.GetEntityIfExistsAsync<TableEntity>(SubjectPartition.Key(partition), TableKey.Escape(subjectId), cancellationToken: cancellationToken);
        var screening = GetPartitionScreeningAsync(partition, cancellationToken);
        var response = await row;
        var screened = await screening;
        return !response.HasValue ? null : screened is null ? Read(response.Value!) : screened.Resolve(Read(response.Value!));
    }

    /// <summary>What the partition's subjects were last completely screened against by a re-screen; null when none finished yet.</summary>
    public async Task<PartitionScreening?> GetPartitionScreeningAsync(int partition, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var response = await _screenings.GetEntityIfExistsAsync<TableEntity>(ScreeningPartition, SubjectPartition.Key(partition), cancellationToken: cancellationToken);
        return response.HasValue ? ReadScreening(response.Value!) : null;
    }

    /// <summary>
    /// Marks the start of a re-screen of the partition and returns when it was, by storage's clock (the clock that also
    /// times the subject rows): subject rows written before it are read by the re-screen as they are.
    /// </summary>
    public async Task<DateTimeOffset> BeginPartitionScreeningAsync(int partition, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var key = SubjectPartition.Key(partition);
        await _screenings.UpsertEntityAsync(new TableEntity(StartedPartition, key), TableUpdateMode.Replace, cancellationToken);
        // Read back rather than taken from the upsert's response: the response has no Timestamp, its Date header is
        // whole seconds (subject rows are compared to 100 ns), and the ETag only happens to embed the time in Azure's
        // and Azurite's format (not a documented contract; Cosmos DB's Table API differs). One point read per partition.
        var marker = await _screenings.GetEntityAsync<TableEntity>(StartedPartition, key, cancellationToken: cancellationToken);
        return marker.Value.Timestamp ?? throw new InvalidDataException("Storage returned no timestamp for the re-screen start marker.");
    }

    /// <summary>Every partition's <see cref="PartitionScreening"/>, by partition number (one query of at most 64 rows).</summary>
    public async Task<IReadOnlyDictionary<int, PartitionScreening>> ReadPartitionScreeningsAsync(CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var all = new Dictionary<int, PartitionScreening>();
        await foreach (var row in _screenings.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(ScreeningPartition)}", cancellationToken: cancellationToken))
        {
            var screening = ReadScreening(row);
            all[screening.Partition] = screening;
        }

        return all;
    }

    /// <summary>
    /// Records that a re-screen finished the partition. Kept only if no newer plan (by <see cref="PartitionScreening.PlannedAt"/>)
    /// recorded it already: a superseded plan that finishes late must not set the partition back. Returns whether it was recorded.
    /// </summary>
    public async Task<bool> RecordPartitionScreenedAsync(PartitionScreening screening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screening);
        await EnsureTableAsync(cancellationToken);
        var row = new TableEntity(ScreeningPartition, SubjectPartition.Key(screening.Partition))
        {
            ["PlanKey"] = screening.PlanKey,
            ["Versions"] = screening.Versions,
            ["ListsKey"] = screening.ListsKey,
            ["EngineKey"] = screening.EngineKey,
            ["PlannedAt"] = screening.PlannedAt,
            ["StartedAt"] = screening.StartedAt,
            ["DoneAt"] = screening.DoneAt,
        };
        while (true)
        {
            var existing = await _screenings.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await _screenings.AddEntityAsync(row, cancellationToken);
                    return true;
                }

                if (ReadScreening(existing.Value!).PlannedAt > screening.PlannedAt)
                {
                    return false;
                }

                await _screenings.UpdateEntityAsync(row, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another run of the partition recorded it meanwhile: compare with what it wrote.
            }
        }
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

    /// <summary>One page of subjects in partition and id order; deregistered ones only when asked for.</summary>
    public async Task<MonitoringPage<StoredSubject>> ListAsync(bool includeDeregistered, int pageSize, PageCursor? after, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = includeDeregistered ? null : "Active eq true";
        // The page and the partitions' screenings (one query of at most 64 rows) do not depend on each other: both in
        // flight at once, two requests per call, so a page costs one round trip rather than two.
        var page = PagedQuery.ReadAsync(_table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken), after, pageSize);
        var screened = ReadPartitionScreeningsAsync(cancellationToken);
        await Task.WhenAll(page, screened);
        var (rows, continuation) = await page;
        var screenings = await screened;
        return new MonitoringPage<StoredSubject>([.. rows.Select(row => Resolve(Read(row), screenings))], PageCursor.After(Listing, continuation));
    }

    /// <summary>Every active subject of one partition, streamed, each with its own stamp (not resolved against the partition's re-screen).</summary>
    public async IAsyncEnumerable<StoredSubject> ReadPartitionAsync(int partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var key = SubjectPartition.Key(partition);
        await foreach (var row in _table.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(key)} and Active eq true", cancellationToken: cancellationToken))
        {
            yield return Read(row);
        }
    }

    private static StoredSubject Resolve(StoredSubject subject, IReadOnlyDictionary<int, PartitionScreening> screenings) =>
        screenings.TryGetValue(SubjectPartition.Of(subject.Subject.Id), out var screening) ? screening.Resolve(subject) : subject;

    private static PartitionScreening ReadScreening(TableEntity row) => new(
        int.Parse(row.RowKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture),
        row.GetString("PlanKey"),
        row.GetString("Versions"),
        row.GetString("ListsKey"),
        row.GetString("EngineKey"),
        row.GetDateTimeOffset("PlannedAt") ?? default,
        row.GetDateTimeOffset("StartedAt") ?? default,
        row.GetDateTimeOffset("DoneAt") ?? default);

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
        row.GetDateTimeOffset("ScreenedAt"),
        row.Timestamp);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        try
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            await _screenings.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Another instance created it at the same moment.
        }

        Volatile.Write(ref _created, 1);
    }
}
