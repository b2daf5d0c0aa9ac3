using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// Alerts and the subject–entity pairs behind them. An alert row is keyed by its id (partition = two hex digits of the
/// id, so reads and writes spread evenly); since the id is derived from subject, entity and list version, adding the
/// same alert twice stores it once. A pair row lives in its subject's partition, so one re-screen of a partition reads
/// and writes only its own pairs.
/// </summary>
public sealed class AlertStore(TableServiceClient tables)
{
    /// <summary>The listing name page cursors of <see cref="ListAsync"/> are bound to.</summary>
    public const string Listing = "alerts";
    private const int DecisionAttempts = 5;
    private const string OutboxPrefix = "outbox|";
    private const int OutboxScanConcurrency = 8;
    private const int AlertPartitions = 256;
    private readonly TableClient _alerts = tables.GetTableClient(MonitoringTables.Alerts);
    private readonly TableClient _pairs = tables.GetTableClient(MonitoringTables.AlertPairs);
    private int _created;

    /// <summary>
    /// Stores a new alert; false when an alert with this id already exists (a retry or another instance raised it).
    /// With <paramref name="eventPending"/>, an outbox row is written in the same transaction (same partition), so the
    /// alert's event is published at least once even when the process dies right after this write.
    /// </summary>
    public async Task<bool> TryAddAsync(StoredAlert alert, bool eventPending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await EnsureTablesAsync(cancellationToken);
        try
        {
            if (!eventPending)
            {
                await _alerts.AddEntityAsync(Row(alert), cancellationToken);
                return true;
            }

            var outbox = new TableEntity(PartitionOf(alert.Id), OutboxPrefix + alert.Id) { ["RaisedAt"] = alert.RaisedAt };
            await _alerts.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, Row(alert)), new TableTransactionAction(TableTransactionActionType.Add, outbox)],
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// The alerts whose event is still pending and was raised before <paramref name="raisedBefore"/>, at most
    /// <paramref name="max"/>. Reads no more outbox rows than that: partitions are scanned a few at a time, each asking
    /// only for what is still missing, and the scan stops once enough are found. It starts at a random partition, so
    /// rows that keep failing to publish in one partition cannot hide the others' for good.
    /// </summary>
    public async Task<IReadOnlyList<StoredAlert>> ReadPendingEventsAsync(DateTimeOffset raisedBefore, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await EnsureTablesAsync(cancellationToken);
        var ids = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var first = Random.Shared.Next(AlertPartitions);
        // Outbox rows sit in the alert's own partition (256 of them), each read as one key-range query.
        await Parallel.ForAsync(0, AlertPartitions, new ParallelOptions { MaxDegreeOfParallelism = OutboxScanConcurrency, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var partition = ((first + i) % AlertPartitions).ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {OutboxPrefix} and RowKey lt {"outbox}"} and RaisedAt lt {raisedBefore}");
            string? continuation = null;
            do
            {
                // One page of at most what is still missing, and the next only while still short.
                var wanted = max - ids.Count;
                if (wanted <= 0)
                {
                    return;
                }

                Page<TableEntity>? page = null;
                await foreach (var read in _alerts.QueryAsync<TableEntity>(filter, maxPerPage: wanted, select: ["RowKey"], cancellationToken: token).AsPages(continuation, wanted))
                {
                    page = read;
                    break;
                }

                foreach (var row in page?.Values ?? [])
                {
                    ids.Enqueue(row.RowKey[OutboxPrefix.Length..]);
                }

                continuation = page?.ContinuationToken;
            }
            while (continuation is not null);
        });

        var pending = new List<StoredAlert>();
        foreach (var alertId in ids.Take(max))
        {
            if (await GetAsync(alertId, cancellationToken) is { } alert)
            {
                pending.Add(alert);
            }
        }

        return pending;
    }

    /// <summary>Marks an alert's event published (removes its outbox row); publishing again later is harmless, so a lost delete only repeats the event.</summary>
    public async Task MarkEventPublishedAsync(string alertId, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        await _alerts.DeleteEntityAsync(PartitionOf(alertId), OutboxPrefix + alertId, ETag.All, cancellationToken);
    }

    public async Task<StoredAlert?> GetAsync(string alertId, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        if (!IsAlertId(alertId))
        {
            return null;
        }

        var response = await _alerts.GetEntityIfExistsAsync<TableEntity>(PartitionOf(alertId), alertId, cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <summary>
    /// Moves an alert to a new status and appends the change to its history; concurrent changes are serialized by
    /// ETag, so no decision overwrites another unseen. Null when there is no such alert; an
    /// <see cref="AlertConflictException"/> when another writer won every one of the attempts.
    /// </summary>
    public async Task<StoredAlert?> ChangeStatusAsync(string alertId, AlertEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await EnsureTablesAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (!IsAlertId(alertId))
            {
                return null;
            }

            var response = await _alerts.GetEntityIfExistsAsync<TableEntity>(PartitionOf(alertId), alertId, cancellationToken: cancellationToken);
            if (!response.HasValue)
            {
                return null;
            }

            var current = Read(response.Value!);
            var changed = current with { Status = change.Status, UpdatedAt = change.At, History = [.. current.History, change] };
            try
            {
                await _alerts.UpdateEntityAsync(Row(changed), response.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Someone else changed it between our read and write: read again and apply on top, a few times.
                if (attempt >= DecisionAttempts)
                {
                    throw new AlertConflictException(alertId, attempt, exception);
                }
            }
        }
    }

    /// <summary>One page of alerts matching the filter, in id order.</summary>
    public async Task<MonitoringPage<StoredAlert>> ListAsync(AlertFilter filter, int pageSize, PageCursor? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await EnsureTablesAsync(cancellationToken);
        // Alert rows only: the outbox rows sharing their partitions sort after them ("outbox|" > "al-").
        var clauses = new List<string> { "RowKey ge 'al-' and RowKey lt 'al.'" };
        if (filter.Status is { } status)
        {
            clauses.Add($"Status eq {TableKey.Literal(status.ToString())}");
        }

        if (filter.Source is { } source)
        {
            clauses.Add($"Source eq {TableKey.Literal(source)}");
        }

        if (filter.Since is { } since)
        {
            clauses.Add(TableClient.CreateQueryFilter($"RaisedAt ge {since}"));
        }

        var query = _alerts.QueryAsync<TableEntity>(string.Join(" and ", clauses), pageSize, cancellationToken: cancellationToken);
        var (rows, continuation) = await PagedQuery.ReadAsync(query, after, pageSize);
        return new MonitoringPage<StoredAlert>([.. rows.Select(Read)], PageCursor.After(Listing, continuation));
    }

    /// <summary>
    /// Every alert ever raised for one subject (all list versions, all statuses), oldest first. A filtered scan of the
    /// alerts table: audit look-ups are rare, and a per-subject index would cost a second write on every alert raised.
    /// </summary>
    public async Task<IReadOnlyList<StoredAlert>> ListBySubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        await EnsureTablesAsync(cancellationToken);
        var filter = $"RowKey ge 'al-' and RowKey lt 'al.' and SubjectId eq {TableKey.Literal(subjectId)}";
        var alerts = new List<StoredAlert>();
        await foreach (var row in _alerts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            alerts.Add(Read(row));
        }

        return [.. alerts.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    public async Task<AlertPair?> GetPairAsync(string subjectId, string entityId, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var response = await _pairs.GetEntityIfExistsAsync<TableEntity>(PairPartition(subjectId), PairRow(subjectId, entityId), cancellationToken: cancellationToken);
        return response.HasValue ? ReadPair(response.Value!) : null;
    }

    public async Task PutPairAsync(AlertPair pair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pair);
        await EnsureTablesAsync(cancellationToken);
        await _pairs.UpsertEntityAsync(
            new TableEntity(PairPartition(pair.SubjectId), PairRow(pair.SubjectId, pair.EntityId))
            {
                ["SubjectId"] = pair.SubjectId,
                ["EntityId"] = pair.EntityId,
                ["AlertId"] = pair.AlertId,
                ["Status"] = pair.Status.ToString(),
                ["SubjectFingerprint"] = pair.SubjectFingerprint,
                ["EntityFingerprint"] = pair.EntityFingerprint,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>The pairs of one subject partition whose alert is still under review (open or escalated).</summary>
    public async IAsyncEnumerable<AlertPair> ReadUnderReviewAsync(int partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var filter = $"PartitionKey eq {TableKey.Literal(SubjectPartition.Key(partition))} and (Status eq 'Open' or Status eq 'Escalated')";
        await foreach (var row in _pairs.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ReadPair(row);
        }
    }

    /// <summary>The pairs of one subject partition whose latest alert was decided (false positive, true match): they come back when a record changes.</summary>
    public async IAsyncEnumerable<AlertPair> ReadDecidedAsync(int partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var filter = $"PartitionKey eq {TableKey.Literal(SubjectPartition.Key(partition))} and (Status eq 'FalsePositive' or Status eq 'TrueMatch')";
        await foreach (var row in _pairs.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ReadPair(row);
        }
    }

    private static bool IsAlertId(string alertId) => alertId.Length > 5 && alertId.StartsWith("al-", StringComparison.Ordinal) && alertId.All(c => c == '-' || char.IsAsciiLetterOrDigit(c));

    private static string PartitionOf(string alertId) => alertId.Substring(3, 2);

    private static string PairPartition(string subjectId) => SubjectPartition.Key(SubjectPartition.Of(subjectId));

    private static string PairRow(string subjectId, string entityId) => TableKey.Escape(subjectId) + "|" + TableKey.Escape(entityId);

    private static AlertPair ReadPair(TableEntity row) => new(
        row.GetString("SubjectId"),
        row.GetString("EntityId"),
        row.GetString("AlertId"),
        Enum.Parse<AlertStatus>(row.GetString("Status")),
        row.GetString("SubjectFingerprint"),
        row.GetString("EntityFingerprint"));

    private static TableEntity Row(StoredAlert alert)
    {
        var row = new TableEntity(PartitionOf(alert.Id), alert.Id)
        {
            ["SubjectId"] = alert.SubjectId,
            ["EntityId"] = alert.EntityId,
            ["Source"] = alert.Source,
            ["ListVersion"] = alert.ListVersion,
            ["Status"] = alert.Status.ToString(),
            ["Score"] = alert.Score,
            ["MatchedOn"] = alert.MatchedOn.ToString(),
            ["SubjectValue"] = alert.SubjectValue,
            ["ListedValue"] = alert.ListedValue,
            ["Explanation"] = alert.Explanation,
            ["ReraisedBecause"] = alert.ReraisedBecause,
            ["RaisedAt"] = alert.RaisedAt,
            ["UpdatedAt"] = alert.UpdatedAt,
            ["Subject"] = JsonSerializer.Serialize(alert.Subject, MonitoringJson.Options),
            ["History"] = JsonSerializer.Serialize(alert.History, MonitoringJson.Options),
        };
        // An entity record can exceed one string property (64 KiB); it is stored as chunked UTF-8.
        ChunkedBinaryProperty.Write(row, "Entity", JsonSerializer.SerializeToUtf8Bytes(alert.Entity, ListJson.Options));
        return row;
    }

    private static StoredAlert Read(TableEntity row) => new(
        row.RowKey,
        row.GetString("SubjectId"),
        row.GetString("EntityId"),
        row.GetString("Source"),
        row.GetString("ListVersion"),
        Enum.Parse<AlertStatus>(row.GetString("Status")),
        row.GetDouble("Score") ?? 0,
        Enum.Parse<SubjectMatchBasis>(row.GetString("MatchedOn")),
        row.GetString("SubjectValue"),
        row.GetString("ListedValue"),
        row.GetString("Explanation"),
        row.GetString("ReraisedBecause"),
        row.GetDateTimeOffset("RaisedAt") ?? default,
        row.GetDateTimeOffset("UpdatedAt") ?? default,
        JsonSerializer.Deserialize<Subject>(row.GetString("Subject"), MonitoringJson.Options)!,
        JsonSerializer.Deserialize<SanctionedEntity>(Encoding.UTF8.GetString(ChunkedBinaryProperty.Read(row, "Entity")), ListJson.Options)!,
        JsonSerializer.Deserialize<List<AlertEvent>>(row.GetString("History"), MonitoringJson.Options) ?? []);

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        foreach (var table in new[] { _alerts, _pairs })
        {
            try
            {
                await table.CreateIfNotExistsAsync(cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                // Another instance created it at the same moment.
            }
        }

        Volatile.Write(ref _created, 1);
    }
}
