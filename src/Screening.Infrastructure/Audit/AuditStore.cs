using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// The audit trail in Table Storage. Records are partitioned by UTC day (<c>yyyyMMdd</c>), so time-range
/// queries and retention work on whole partitions; a small index table (partition = request id) finds the
/// day(s) of one request without a scan. Row key <c>{requestId}:{itemIndex}</c> keeps a request's records together.
/// </summary>
public sealed class AuditStore(TableServiceClient tables, IOptions<AuditOptions> options)
{
    private const int MaxBatch = 100;
    private readonly TableClient _records = tables.GetTableClient(options.Value.TableName);
    private readonly TableClient _byRequest = tables.GetTableClient(options.Value.RequestIndexTableName);
    private int _created;

    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        try
        {
            await WriteDaysAsync(records, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            // Storage was reset under us (an emulator restart, a restore): create the tables again on the retry.
            Volatile.Write(ref _created, 0);
            throw;
        }
    }

    private async Task WriteDaysAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        foreach (var day in records.GroupBy(r => Day(r.ScreenedAt)))
        {
            foreach (var chunk in day.Chunk(MaxBatch))
            {
                // Upserts make a retried batch idempotent: a record written twice is still one record.
                await _records.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(r))), cancellationToken);
            }

            foreach (var request in day.Select(r => r.RequestId).Distinct(StringComparer.Ordinal))
            {
                await _byRequest.UpsertEntityAsync(new TableEntity(request, day.Key), TableUpdateMode.Replace, cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> GetByRequestAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        await EnsureTablesAsync(cancellationToken);
        var records = new List<AuditRecord>();
        await foreach (var day in _byRequest.QueryAsync<TableEntity>(e => e.PartitionKey == requestId, cancellationToken: cancellationToken))
        {
            var from = requestId + ":";
            var to = requestId + ";"; // ';' sorts right after ':', so this range is exactly this request's rows.
            await foreach (var entity in _records.QueryAsync<TableEntity>(
                e => e.PartitionKey == day.RowKey && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
            {
                records.Add(FromEntity(entity));
            }
        }

        return [.. records.OrderBy(r => r.ItemIndex)];
    }

    /// <summary>Deletes every record screened before <paramref name="cutoff"/> (whole days), and their index rows.</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var before = Day(cutoff);
        var deleted = 0;
        var old = _records.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo(before) < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        await foreach (var page in old.AsPages(pageSizeHint: MaxBatch))
        {
            foreach (var partition in page.Values.GroupBy(e => e.PartitionKey))
            {
                await _records.SubmitTransactionAsync(partition.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
                foreach (var request in partition.Select(e => e.RowKey[..e.RowKey.LastIndexOf(':')]).Distinct(StringComparer.Ordinal))
                {
                    await _byRequest.DeleteEntityAsync(request, partition.Key, ETag.All, cancellationToken);
                }

                deleted += partition.Count();
            }
        }

        return deleted;
    }

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        await _records.CreateIfNotExistsAsync(cancellationToken);
        await _byRequest.CreateIfNotExistsAsync(cancellationToken);
        Volatile.Write(ref _created, 1);
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(AuditRecord record) => new(Day(record.ScreenedAt), string.Create(CultureInfo.InvariantCulture, $"{record.RequestId}:{record.ItemIndex:D5}"))
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
