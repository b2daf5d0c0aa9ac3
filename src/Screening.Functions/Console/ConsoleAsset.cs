using System.IO.Compression;
using System.Security.Cryptography;

namespace Screening.Functions.Console;

/// <summary>One file of the console as served: its bytes, gzip-compressed bytes (compressed once, at first use) and ETag.</summary>
public sealed record ConsoleAsset(string Path, string ContentType, byte[] Content, byte[] Gzipped, string ETag)
{
    public static ConsoleAsset Of(string path, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return new ConsoleAsset(path, contentType, content, compressed.ToArray(), $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
    }
}
