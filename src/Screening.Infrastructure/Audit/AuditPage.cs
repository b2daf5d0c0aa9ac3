using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// One stored unit of the audit trail: the records of one partition (UTC day + request-id bucket) from one write,
/// as gzip-compressed JSON, with the distinct request ids in plain text so a lookup can find its pages from a
/// projection without decompressing the others. One entity per page rather than per record: Table Storage and its
/// SDK cost per entity, and at a few thousand screenings a second that cost, not the screening, set the throughput.
/// </summary>
internal static class AuditPage
{
    public const string Format = "json-gzip-v1";
    public const string RequestIdsProperty = "RequestIds";
    public const string CountProperty = "Count";

    // Table Storage limits: 64 KiB per property (32K UTF-16 characters for strings), 1 MiB per entity.
    private const int MaxChunks = 15;
    private const int MaxRequestIdChars = 30_000;
    private const int MaxRecords = 2_000;
    private const string ChunkPrefix = "Records";

    /// <summary>
    /// Splits records into pages by partition, each page small enough for one entity. The split and the row keys
    /// depend only on the records, so writing the same records again (a retry) replaces the same entities.
    /// </summary>
    public static IEnumerable<TableEntity> Build(IEnumerable<AuditRecord> records, Func<AuditRecord, string> partitionOf)
    {
        foreach (var partition in records.GroupBy(partitionOf, StringComparer.Ordinal))
        {
            var ordered = partition
                .OrderBy(r => r.ScreenedAt)
                .ThenBy(r => r.RequestId, StringComparer.Ordinal)
                .ThenBy(r => r.ItemIndex)
                .ToList();
            foreach (var page in Split(partition.Key, ordered))
            {
                yield return page;
            }
        }
    }

    /// <summary>The records of a page entity read back with all its properties.</summary>
    public static List<AuditRecord> Read(TableEntity entity)
    {
        var format = entity.GetString("Format");
        if (format != Format)
        {
            throw new InvalidDataException($"Audit page {entity.PartitionKey}/{entity.RowKey} has format '{format}', not {Format}.");
        }

        using var compressed = new MemoryStream(ChunkedBinaryProperty.Read(entity, ChunkPrefix));
        using var json = new GZipStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(json, AuditJsonContext.Default.ListAuditRecord) ?? [];
    }

    /// <summary>True when the page's request-id list names <paramref name="requestId"/>.</summary>
    public static bool Mentions(TableEntity projection, string requestId) =>
        (projection.GetString(RequestIdsProperty) ?? "").Split(' ').Contains(requestId, StringComparer.Ordinal);

    private static IEnumerable<TableEntity> Split(string partitionKey, List<AuditRecord> records)
    {
        var ids = string.Join(' ', records.Select(r => r.RequestId).Distinct(StringComparer.Ordinal));
        var compressed = ids.Length <= MaxRequestIdChars && records.Count <= MaxRecords ? Compress(records) : null;
        if (compressed is not null && compressed.Length <= ChunkedBinaryProperty.ChunkBytes * MaxChunks)
        {
            yield return ToEntity(partitionKey, records, ids, compressed);
            yield break;
        }

        if (records.Count == 1)
        {
            // A request is bounded in size (body limit, item count) far below an entity; reaching here is a bug.
            throw new InvalidOperationException($"One audit record of request {records[0].RequestId} does not fit in a Table entity.");
        }

        var half = records.Count / 2;
        foreach (var page in Split(partitionKey, records[..half]).Concat(Split(partitionKey, records[half..])))
        {
            yield return page;
        }
    }

    private static byte[] Compress(List<AuditRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, records, AuditJsonContext.Default.ListAuditRecord);
        }

        return buffer.ToArray();
    }

    private static TableEntity ToEntity(string partitionKey, List<AuditRecord> records, string ids, byte[] compressed)
    {
        var entity = new TableEntity(partitionKey, RowKey(records))
        {
            ["Format"] = Format,
            [CountProperty] = records.Count,
            [RequestIdsProperty] = ids,
            ["FirstScreenedAt"] = records[0].ScreenedAt,
            ["LastScreenedAt"] = records[^1].ScreenedAt,
        };
        ChunkedBinaryProperty.Write(entity, ChunkPrefix, compressed);
        return entity;
    }

    // Time-ordered (the first record's time), then a hash of the page's record keys: unique, and the same for the same records.
    private static string RowKey(List<AuditRecord> records)
    {
        var keys = new StringBuilder();
        foreach (var record in records)
        {
            keys.Append(record.RequestId).Append(':').Append(record.ItemIndex).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(keys.ToString()));
        return string.Create(CultureInfo.InvariantCulture, $"{records[0].ScreenedAt.UtcTicks:D19}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}");
    }
}
