using System.Security.Cryptography;

namespace Screening.Domain.Sources.Common;

/// <summary>Lowercase hex SHA-256, for one file or for a file set (a hash over the files' hashes in a fixed order).</summary>
internal static class ContentHash
{
    public static string ToHex(byte[] digest) => Convert.ToHexStringLower(digest);

    /// <summary>The caller passes the per-file digests in the set's fixed order of file kind.</summary>
    public static string OfFileSet(IEnumerable<byte[]> digestsInKindOrder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var digest in digestsInKindOrder)
        {
            hash.AppendData(digest);
        }

        return ToHex(hash.GetHashAndReset());
    }
}
