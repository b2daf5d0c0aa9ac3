using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Screening.Infrastructure.Storage;

/// <summary>Archived originals (list-archive) and delta documents (list-deltas): written once, never deleted.</summary>
public sealed class ListBlobStore(ListStorage storage)
{
    public async Task<string> ArchiveAsync(string source, string versionId, string fileName, BinaryData content, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var path = ListBlobPaths.Archive(source, versionId, fileName);
        await storage.Container(ListTables.ArchiveContainer).GetBlobClient(path).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return path;
    }

    public async Task<BinaryData?> ReadArchiveAsync(string source, string versionId, string fileName, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var download = await storage.Container(ListTables.ArchiveContainer).GetBlobClient(ListBlobPaths.Archive(source, versionId, fileName)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteJsonAsync<T>(string container, string path, T document, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = storage.Container(container).GetBlobClient(path);
        await blob.UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(document, ListJson.Indented)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<T?> ReadJsonAsync<T>(string container, string path, CancellationToken cancellationToken)
        where T : class
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var download = await storage.Container(container).GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content.ToObjectFromJson<T>(ListJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
