using System.Xml;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// Streams one XML list file through an <see cref="XmlReader"/> while hashing its bytes, and turns
/// every XML or I/O failure into a <see cref="ListParseException"/> naming the file and line.
/// </summary>
internal static class XmlListFile
{
    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    public static (T Result, string ContentHash) Read<T>(ListFile file, Func<XmlReader, T> parse)
    {
        try
        {
            using var stream = new HashingReadStream(file.Open());
            T result;
            using (var reader = XmlReader.Create(stream, Settings))
            {
                result = parse(reader);
            }

            return (result, ContentHash.ToHex(stream.Finish()));
        }
        catch (XmlException ex)
        {
            throw new ListParseException(file.Name, $"malformed or truncated XML: {ex.Message}", ex.LineNumber, inner: ex);
        }
        catch (IOException ex)
        {
            throw new ListParseException(file.Name, $"the file could not be read: {ex.Message}", inner: ex);
        }
    }

    /// <summary>Moves to the document element and fails, naming file and line, unless it is <paramref name="rootName"/>.</summary>
    public static void ExpectRoot(XmlReader reader, ListFile file, string rootName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        reader.MoveToContent();
        if (reader.LocalName != rootName)
        {
            throw new ListParseException(file.Name, $"root element is {reader.LocalName}, not {rootName}", LineOf(reader), reader.LocalName);
        }
    }

    public static long LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
