using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Screening.Domain.Model;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// One SanctionedEntity as one table row. Small entities keep readable JSON in the <c>Json</c> string
/// property (under the 64 KB / 32K-character property limit); larger ones are gzip-compressed into
/// binary chunks <c>Gz0..GzN</c> of at most 60,000 bytes, staying far below the 1 MB entity limit.
/// </summary>
public static class EntityRowCodec
{
    public const string JsonProperty = "Json";
    public const string ChunkPrefix = "Gz";
    public const string ChunkCountProperty = ChunkPrefix + "Chunks";

    private const int MaxJsonChars = 30_000;

    // 1 MB per entity, less keys and property overhead.
    private const int MaxCompressedBytes = 900_000;

    public static TableEntity Encode(SanctionedEntity entity, string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var row = new TableEntity(partitionKey, TableKey.Escape(entity.Id))
        {
            ["Type"] = entity.Type.ToString(),
            ["Name"] = Truncate(entity.PrimaryName.Value, 1_000),
        };
        var json = JsonSerializer.Serialize(entity, ListJson.Options);
        if (json.Length <= MaxJsonChars)
        {
            row[JsonProperty] = json;
            return row;
        }

        var compressed = Compress(Encoding.UTF8.GetBytes(json));
        if (compressed.Length > MaxCompressedBytes)
        {
            throw new InvalidOperationException(
                $"Entity {entity.Id} is {compressed.Length:N0} bytes compressed, more than a table row can hold ({MaxCompressedBytes:N0}).");
        }

        ChunkedBinaryProperty.Write(row, ChunkPrefix, compressed);
        return row;
    }

    public static SanctionedEntity Decode(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = row.GetString(JsonProperty) is { } json
            ? JsonSerializer.Deserialize<SanctionedEntity>(json, ListJson.Options)
            : JsonSerializer.Deserialize<SanctionedEntity>(Decompress(ChunkedBinaryProperty.Read(row, ChunkPrefix)), ListJson.Options);
        return entity ?? throw new InvalidDataException($"Entity row {row.PartitionKey}/{row.RowKey} holds no entity.");
    }

    /// <summary>Rough request size of the row, to keep a transaction under its 4 MB payload limit.</summary>
    public static int EstimatedBytes(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var size = 200 + (row.PartitionKey.Length + row.RowKey.Length) * 2;
        foreach (var value in ((IDictionary<string, object>)row).Values)
        {
            size += value switch
            {
                string text => text.Length * 2,
                byte[] bytes => bytes.Length * 4 / 3,
                _ => 32,
            };
        }

        return size;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
