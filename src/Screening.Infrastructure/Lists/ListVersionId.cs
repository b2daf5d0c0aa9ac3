using System.Globalization;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// Version ids sort by time ("20261125T210717123Z-1a2b3c4d": UTC load time, then the content hash's
/// first 8 hex digits), so the newest versions come last in RowKey order and ids say what they hold.
/// </summary>
public static class ListVersionId
{
    public static string New(DateTimeOffset loadedAt, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        var stamp = loadedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        return $"{stamp}-{contentHash[..Math.Min(8, contentHash.Length)]}";
    }
}
