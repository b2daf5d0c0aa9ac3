using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// The audit trail in Table Storage. Records are partitioned by UTC day and a bucket of the request id
/// (<c>yyyyMMdd-b</c>, 16 buckets a day), so writes spread over partitions and batch 100 to a transaction,
/// time-range queries and retention work on whole days, and one request's records are one partition range
/// (row key <c>{requestId}:{itemIndex}</c>) that a lookup finds with one query per day searched.
/// </summary>
public sealed class AuditStore(TableServiceClient tables, IOptions<AuditOptions> options)
{
    public const int Buckets = 16;
    private const int MaxBatch = 100;
    private const int WriteConcurrency = 16;
    private readonly TableClient _records = tables.GetTableClient(options.Value.TableName);
    private int _created;

    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        try
        {
            await EnsureTableAsync(cancellationToken);
            var transactions = records
                .GroupBy(r => PartitionKey(Day(r.ScreenedAt), r.RequestId))
                .SelectMany(partition => partition.Chunk(MaxBatch))
                .ToList();
            // Upserts make a retried batch idempotent: a record written twice is still one record.
            await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = WriteConcurrency, CancellationToken = cancellationToken }, async (chunk, token) =>
                await _records.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(r))), token));
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            // Storage was reset under us (an emulator restart, a restore): create the table again on the retry.
            Volatile.Write(ref _created, 0);
            throw;
        }
    }

    /// <summary>The records of one request screened between <paramref name="from"/> and <paramref name="to"/> (UTC days, inclusive), newest day first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> GetByRequestAsync(string requestId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        await EnsureTableAsync(cancellationToken);
        var records = new List<AuditRecord>();
        var lower = requestId + ":";
        var upper = requestId + ";"; // ';' sorts right after ':', so this range is exactly this request's rows.
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            var partition = PartitionKey(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), requestId);
            await foreach (var entity in _records.QueryAsync<TableEntity>(
                e => e.PartitionKey == partition && e.RowKey.CompareTo(lower) >= 0 && e.RowKey.CompareTo(upper) < 0, cancellationToken: cancellationToken))
            {
                records.Add(FromEntity(entity));
            }
        }

        return [.. records.OrderBy(r => r.ScreenedAt).ThenBy(r => r.ItemIndex)];
    }

    /// <summary>Deletes every record screened before <paramref name="cutoff"/>'s UTC day.</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var before = Day(cutoff);
        var deleted = 0;
        var old = _records.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo(before) < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        await foreach (var page in old.AsPages(pageSizeHint: 1000))
        {
            foreach (var chunk in page.Values.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(MaxBatch)))
            {
                await _records.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
                deleted += chunk.Length;
            }
        }

        return deleted;
    }

    public static string PartitionKey(string day, string requestId) =>
        string.Create(CultureInfo.InvariantCulture, $"{day}-{Bucket(requestId):x}");

    // FNV-1a: stable across processes and releases, unlike string.GetHashCode.
    private static uint Bucket(string requestId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(requestId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % Buckets;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        await _records.CreateIfNotExistsAsync(cancellationToken);
        Volatile.Write(ref _created, 1);
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(AuditRecord record) => new(PartitionKey(Day(record.ScreenedAt), record.RequestId), string.Create(CultureInfo.InvariantCulture, $"{record.RequestId}:{record.ItemIndex:D5}"))
    {
        ["RequestId"] = record.RequestId,
        ["ItemIndex"] = record.ItemIndex,
        ["ItemId"] = record.ItemId,
        ["ScreenedAt"] = record.ScreenedAt,
        ["Caller"] = record.Caller,
        ["Kind"] = record.Kind,
        ["Input"] = record.Input,
        ["NormalizedInput"] = record.NormalizedInput,
        ["ListVersions"] = record.ListVersions,
        ["EngineVersion"] = record.EngineVersion,
        ["Result"] = record.Result,
        ["TopMatches"] = JsonSerializer.Serialize(record.TopMatches),
    };

    private static AuditRecord FromEntity(TableEntity entity) => new(
        entity.GetString("RequestId"),
        entity.GetInt32("ItemIndex") ?? 0,
        entity.GetString("ItemId"),
        entity.GetDateTimeOffset("ScreenedAt") ?? DateTimeOffset.MinValue,
        entity.GetString("Caller"),
        entity.GetString("Kind"),
        entity.GetString("Input"),
        entity.GetString("NormalizedInput"),
        entity.GetString("ListVersions"),
        entity.GetString("EngineVersion"),
        entity.GetString("Result"),
        JsonSerializer.Deserialize<List<AuditedMatch>>(entity.GetString("TopMatches") ?? "[]") ?? []);
}
