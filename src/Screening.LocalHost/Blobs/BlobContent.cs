using Azure.Storage.Blobs;

namespace Screening.LocalHost.Blobs;

/// <summary>Reads a triggering blob into the parameter type the function declares.</summary>
public static class BlobContent
{
    public static IReadOnlyList<Type> SupportedTypes { get; } = [typeof(Stream), typeof(byte[]), typeof(string), typeof(BinaryData), typeof(BlobClient)];

    public static bool Supports(Type type) => SupportedTypes.Any(type.IsAssignableFrom) || type == typeof(Stream);

    public static async Task<object> ReadAsync(BlobClient blob, Type target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (target == typeof(BlobClient))
        {
            return blob;
        }

        var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
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
