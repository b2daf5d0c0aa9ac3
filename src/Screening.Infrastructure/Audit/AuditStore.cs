using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// The audit trail in Table Storage, as pages (<see cref="AuditPage"/>): each write stores the records of one
/// partition — UTC day and a bucket of the request id (<c>yyyyMMdd-b</c>, 16 buckets a day) — as one compressed entity
/// (split only when a page would exceed an entity), row key = first record's time + a hash of the page's records.
/// A lookup by request id reads the request-id lists of one partition per day searched and opens only the pages
/// that name it; retention deletes whole days. Pages are upserted, so a retried write stores nothing twice.
/// </summary>
public sealed class AuditStore(TableServiceClient tables, IOptions<AuditOptions> options)
{
    public const int Buckets = 16;
    private const int MaxBatch = 100;
    private const int WriteConcurrency = 16;
    private readonly TableClient _records = tables.GetTableClient(options.Value.TableName);
    private int _created;

    /// <summary>The audit table's address (account and table), which names its spill folder.</summary>
    public Uri Table => _records.Uri;

    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        try
        {
            await EnsureTableAsync(cancellationToken);
            var pages = AuditPage.Build(records, r => PartitionKey(Day(r.ScreenedAt), r.RequestId)).ToList();
            await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = WriteConcurrency, CancellationToken = cancellationToken }, async (page, token) =>
                await _records.UpsertEntityAsync(page, TableUpdateMode.Replace, token));
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
        // Counted by day number, so a range starting on the calendar's first day ends there instead of stepping past it.
        for (var dayNumber = to.DayNumber; dayNumber >= from.DayNumber; dayNumber--)
        {
            var day = DateOnly.FromDayNumber(dayNumber);
            var partition = PartitionKey(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), requestId);
            await foreach (var projection in _records.QueryAsync<TableEntity>(
                e => e.PartitionKey == partition, select: ["RowKey", AuditPage.RequestIdsProperty], cancellationToken: cancellationToken))
            {
                if (!AuditPage.Mentions(projection, requestId))
                {
                    continue;
                }

                var page = await _records.GetEntityAsync<TableEntity>(partition, projection.RowKey, cancellationToken: cancellationToken);
                records.AddRange(AuditPage.Read(page.Value).Where(r => r.RequestId == requestId));
            }
        }

        // Callers may reuse a request id (it is theirs to choose): every screening under it is returned, in time order.
        return [.. records.OrderBy(r => r.ScreenedAt).ThenBy(r => r.ItemIndex)];
    }

    /// <summary>Deletes every record screened before <paramref name="cutoff"/>'s UTC day; returns how many records went.</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var before = Day(cutoff);
        var deleted = 0;
        var old = _records.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo(before) < 0, select: ["PartitionKey", "RowKey", AuditPage.CountProperty], cancellationToken: cancellationToken);
        await foreach (var page in old.AsPages(pageSizeHint: 1000))
        {
            foreach (var chunk in page.Values.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(MaxBatch)))
            {
                await _records.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
                deleted += chunk.Sum(e => e.GetInt32(AuditPage.CountProperty) ?? 0);
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
}
