using System.Globalization;
using System.Text;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Makes any text a valid Table Storage PartitionKey/RowKey: '/', '\', '#', '?', control characters
/// and the escape character '%' itself become %XX (UTF-8 bytes), everything else stays as it is,
/// so keys remain readable and ordinal order of plain ids is preserved.
/// </summary>
public static class TableKey
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            // Every character escaped is ASCII ('%', '/', '\', '#', '?') or a C0/C1 control, so one char at a time is exact.
            var length = Encoding.UTF8.GetBytes(value.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(key) : key;
    }

    /// <summary>An OData string literal for a filter: quotes doubled.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
