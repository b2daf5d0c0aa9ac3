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
        return $"{Stamp(loadedAt)}-{contentHash[..Math.Min(8, contentHash.Length)]}";
    }

    /// <summary>A UTC time as version ids and blob names write it: "20261125T210717123Z".</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether text can name a stored version at all: short, and only characters a Table Storage row key
    /// takes as they are. Anything else is an unknown version without asking storage.
    /// </summary>
    public static bool IsWellFormed(string? versionId) =>
        versionId is { Length: > 0 and <= 100 } && versionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
