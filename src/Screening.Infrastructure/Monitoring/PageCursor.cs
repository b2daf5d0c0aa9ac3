using System.Buffers.Text;
using System.Text;

namespace Screening.Infrastructure.Monitoring;

/// <summary>Table Storage continuation tokens as URL-safe cursors, so a client can pass them back in a query string.</summary>
public static class PageCursor
{
    public static string? Encode(string? continuation) =>
        continuation is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));

    /// <summary>The continuation token of a cursor, or false when the cursor is not one this API issued.</summary>
    public static bool TryDecode(string? cursor, out string? continuation)
    {
        continuation = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            continuation = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
