using System.Text;

namespace Screening.Domain.Sources.Common;

/// <summary>Looks at the first bytes of a file: enough to recognise a format without parsing it.</summary>
internal static class ListContent
{
    public const int SniffLength = 1024;

    public static byte[] ReadHead(ListFile file, int length = SniffLength)
    {
        using var stream = file.Open();
        var buffer = new byte[length];
        var total = 0;
        int read;
        while (total < length && (read = stream.Read(buffer, total, length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    public static bool IsZip(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;

    public static bool IsZip(ListFile file) => IsZip(ReadHead(file, 4));

    /// <summary>The head as text, without a byte order mark (UTF-8, or UTF-16 where marked).</summary>
    public static string HeadText(ListFile file)
    {
        var head = ReadHead(file);
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(head, 2, head.Length - 2);
        }

        var start = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(head, start, head.Length - start);
    }

    /// <summary>The local name of the first element in the head, or null when the head holds no element.</summary>
    public static string? XmlRootName(ListFile file) => XmlRootName(HeadText(file));

    public static string? XmlRootName(string head)
    {
        var i = 0;
        while ((i = head.IndexOf('<', i)) >= 0 && i + 1 < head.Length)
        {
            var next = head[i + 1];
            if (next is '?' or '!')
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < head.Length && !char.IsWhiteSpace(head[end]) && head[end] is not ('>' or '/'))
            {
                end++;
            }

            var qualified = head[(i + 1)..end];
            var colon = qualified.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? qualified[(colon + 1)..] : qualified;
        }

        return null;
    }

    public static string FirstLine(ListFile file)
    {
        var text = HeadText(file);
        var end = text.IndexOfAny(['\r', '\n']);
        return end >= 0 ? text[..end] : text;
    }
}
