using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Screening.Domain.Model;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// A gzip JSON copy of a whole version (container list-snapshots), read in one request at cold start.
/// It is a cache of the rows: a missing, unreadable or inconsistent snapshot reads as null and the
/// caller falls back to the rows.
/// </summary>
public sealed class SnapshotStore(ListStorage storage)
{
    public async Task WriteAsync(string source, string versionId, ParsedList list, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, list, ListJson.Options, cancellationToken).ConfigureAwait(false);
        }

        buffer.Position = 0;
        var blob = storage.Container(ListTables.SnapshotContainer).GetBlobClient(ListBlobPaths.Snapshot(source, versionId));
        await blob.UploadAsync(buffer, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", ContentEncoding = "gzip" } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The snapshot, or null when it is missing or does not decode to the expected content.</summary>
    public async Task<ParsedList?> TryReadAsync(string source, string versionId, string expectedHash, int expectedEntities, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = storage.Container(ListTables.SnapshotContainer).GetBlobClient(ListBlobPaths.Snapshot(source, versionId));
        try
        {
            // Streamed: decompression and JSON reading overlap the download instead of waiting for it.
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await using var body = download.Value.Content;
            await using var gzip = new GZipStream(new BufferedStream(body, 1 << 16), CompressionMode.Decompress);
            var list = await JsonSerializer.DeserializeAsync<ParsedList>(gzip, ListJson.Options, cancellationToken).ConfigureAwait(false);
            return list is not null && list.Metadata.ContentHash == expectedHash && list.Entities.Count == expectedEntities ? list : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or NotSupportedException)
        {
            // A corrupt cache entry must never stop an instance from loading: the rows are the truth.
            return null;
        }
    }

    public async Task DeleteAsync(string source, string versionId, CancellationToken cancellationToken) =>
        await storage.Container(ListTables.SnapshotContainer).DeleteBlobIfExistsAsync(ListBlobPaths.Snapshot(source, versionId), cancellationToken: cancellationToken).ConfigureAwait(false);
}
