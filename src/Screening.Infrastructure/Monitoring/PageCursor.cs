using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The opaque cursor of a listing's next page: Table Storage's continuation (next partition and row key) inside a
/// versioned, check-summed payload bound to one listing, base64url-encoded for a query string. A made-up, truncated or
/// altered cursor, or one from another listing, is refused before anything reaches storage, and the token handed back
/// to storage is rebuilt from the parsed parts, never the client's text. The checksum is not a secret: it catches
/// damage, not forgery; a well-formed token storage still rejects surfaces as <see cref="PageCursorRejectedException"/>.
/// </summary>
public sealed record PageCursor
{
    public const int MaxLength = 4096;
    private const int Version = 1;
    private const int ChecksumLength = 8;
    private const int MaxKeyLength = 1024;
    private static readonly byte[] ChecksumLabel = Encoding.ASCII.GetBytes("screening-page-cursor\n");

    private PageCursor(string listing, string nextPartitionKey, string nextRowKey)
    {
        Listing = listing;
        NextPartitionKey = nextPartitionKey;
        NextRowKey = nextRowKey;
    }

    /// <summary>The listing that issued the cursor (<c>subjects</c>, <c>alerts</c>); a cursor is only good for its own.</summary>
    public string Listing { get; }

    public string NextPartitionKey { get; }

    /// <summary>Empty when storage named only the next partition.</summary>
    public string NextRowKey { get; }

    /// <summary>The continuation token in the form the Table Storage SDK takes ("partition row").</summary>
    public string Continuation => NextPartitionKey + " " + NextRowKey;

    /// <summary>The cursor of the page after one storage returned, or null on the last page.</summary>
    public static PageCursor? After(string listing, string? continuation)
    {
        ArgumentException.ThrowIfNullOrEmpty(listing);
        if (continuation is null)
        {
            return null;
        }

        // The SDK writes "NextPartitionKey NextRowKey"; neither key contains a space (they are header values).
        var space = continuation.IndexOf(' ', StringComparison.Ordinal);
        var partition = space < 0 ? continuation : continuation[..space];
        var row = space < 0 ? string.Empty : continuation[(space + 1)..];
        if (!IsKey(partition, allowEmpty: false) || !IsKey(row, allowEmpty: true))
        {
            throw new InvalidDataException($"Table Storage returned a continuation token of an unexpected shape ({continuation.Length} characters).");
        }

        return new PageCursor(listing, partition, row);
    }

    public string Encode()
    {
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("l", Listing);
            writer.WriteString("pk", NextPartitionKey);
            writer.WriteString("rk", NextRowKey);
            writer.WriteEndObject();
        }

        var payload = json.ToArray();
        return Base64Url.EncodeToString([.. payload, .. Checksum(payload)]);
    }

    /// <summary>
    /// The cursor of <paramref name="listing"/> that <paramref name="text"/> encodes; null with true when there is none
    /// (first page); false when the text is not a cursor this listing issued.
    /// </summary>
    public static bool TryDecode(string? text, string listing, out PageCursor? cursor)
    {
        ArgumentException.ThrowIfNullOrEmpty(listing);
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > MaxLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(text);
        if (bytes.Length <= ChecksumLength)
        {
            return false;
        }

        var payload = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!CryptographicOperations.FixedTimeEquals(Checksum(payload), bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(payload.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Count() != 4
                || !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != Version
                || !TryString(root, "l", out var issuedBy) || !string.Equals(issuedBy, listing, StringComparison.Ordinal)
                || !TryString(root, "pk", out var partition) || !IsKey(partition, allowEmpty: false)
                || !TryString(root, "rk", out var row) || !IsKey(row, allowEmpty: true))
            {
                return false;
            }

            cursor = new PageCursor(listing, partition, row);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryString(JsonElement root, string name, out string value)
    {
        value = string.Empty;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString()!;
        return true;
    }

    /// <summary>A continuation key as storage sends it in a response header: printable ASCII, no spaces, bounded.</summary>
    private static bool IsKey(string key, bool allowEmpty) =>
        (allowEmpty || key.Length > 0) && key.Length <= MaxKeyLength && key.All(c => c is > ' ' and < '\u007f');

    private static byte[] Checksum(ReadOnlySpan<byte> payload)
    {
        var labelled = new byte[ChecksumLabel.Length + payload.Length];
        ChecksumLabel.CopyTo(labelled, 0);
        payload.CopyTo(labelled.AsSpan(ChecksumLabel.Length));
        return SHA256.HashData(labelled)[..ChecksumLength];
    }
}
