using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Screening.LocalHost.Blobs;

/// <summary>Reads a triggering blob into the parameter type the function declares.</summary>
public static class BlobContent
{
    public static IReadOnlyList<Type> SupportedTypes { get; } = [typeof(Stream), typeof(byte[]), typeof(string), typeof(BinaryData), typeof(BlobClient)];

    public static bool Supports(Type type) => SupportedTypes.Any(type.IsAssignableFrom) || type == typeof(Stream);

    /// <summary>
    /// The content of exactly the version listed (<paramref name="listed"/>), or null when the blob changed or went
    /// away since the listing: the receipt is written for the listed ETag, so reading a newer version under it would
    /// process that newer version now and again when the next poll lists its own ETag.
    /// </summary>
    public static async Task<object?> ReadAsync(BlobClient blob, Type target, ETag listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(target);
        if (target == typeof(BlobClient))
        {
            return blob;
        }

        BinaryData content;
        try
        {
            content = (await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = listed } }, cancellationToken)).Value.Content;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return null;
        }

        return target switch
        {
            _ when target == typeof(byte[]) => content.ToArray(),
            _ when target == typeof(string) => content.ToString(),
            _ when target == typeof(BinaryData) => content,
            _ when target.IsAssignableFrom(typeof(MemoryStream)) => new MemoryStream(content.ToArray(), writable: false),
            _ => throw new NotSupportedException($"A blob cannot be bound to {target.Name}."),
        };
    }
}
