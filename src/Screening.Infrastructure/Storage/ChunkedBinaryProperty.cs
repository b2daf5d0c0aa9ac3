using System.Globalization;
using Azure.Data.Tables;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Bytes too large for one table property (64 KiB) spread over binary properties <c>{prefix}0..n</c> of at most
/// 60,000 bytes, with their number in <c>{prefix}Chunks</c>. The caller keeps the total under the 1 MiB of an entity.
/// </summary>
public static class ChunkedBinaryProperty
{
    public const int ChunkBytes = 60_000;

    public static void Write(TableEntity row, string prefix, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(row);
        var chunks = 0;
        for (var offset = 0; offset < data.Length; offset += ChunkBytes, chunks++)
        {
            row[prefix + chunks.ToString(CultureInfo.InvariantCulture)] = data.Slice(offset, Math.Min(ChunkBytes, data.Length - offset)).ToArray();
        }

        row[prefix + "Chunks"] = chunks;
    }

    public static byte[] Read(TableEntity row, string prefix)
    {
        ArgumentNullException.ThrowIfNull(row);
        var count = row.GetInt32(prefix + "Chunks")
                    ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} has no {prefix}Chunks.");
        using var buffer = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var chunk = row.GetBinary(prefix + i.ToString(CultureInfo.InvariantCulture))
                        ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} misses {prefix} chunk {i} of {count}.");
            buffer.Write(chunk);
        }

        return buffer.ToArray();
    }
}
