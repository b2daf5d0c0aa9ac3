using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Screening.LocalHost.Blobs;

/// <summary>
/// Remembers which version (ETag) of each blob a function has processed, in the storage account itself
/// (as the Functions host's blob receipts do), so a restart does not fire the same blob again.
/// </summary>
public sealed class BlobReceipts(BlobContainerClient receipts, string functionName)
{
    private const string EtagKey = "etag";
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await receipts.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var prefix = ReceiptPrefix;
        await foreach (var item in receipts.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            if (item.Metadata.TryGetValue(EtagKey, out var etag))
            {
                _seen[item.Name[prefix.Length..]] = etag;
            }
        }
    }

    public bool IsProcessed(string container, string blobName, ETag etag) =>
        _seen.TryGetValue(Key(container, blobName), out var seen) && seen == etag.ToString();

    public async Task MarkProcessedAsync(string container, string blobName, ETag etag, CancellationToken cancellationToken)
    {
        var key = Key(container, blobName);
        var receipt = receipts.GetBlobClient(ReceiptPrefix + key);
        await receipt.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Metadata = new Dictionary<string, string> { [EtagKey] = etag.ToString() } }, cancellationToken);
        _seen[key] = etag.ToString();
    }

    private string ReceiptPrefix => $"blobreceipts/localhost/{functionName}/";

    private static string Key(string container, string blobName) => $"{container}/{blobName}";
}
