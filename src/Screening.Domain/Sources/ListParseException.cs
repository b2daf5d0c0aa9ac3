namespace Screening.Domain.Sources;

/// <summary>
/// A list could not be parsed completely. Names the file and, where known, the line (CSV) or the
/// element path (XML), so a compliance officer can find the fault in the original file.
/// </summary>
public sealed class ListParseException : Exception
{
    public ListParseException(string fileName, string reason, long? line = null, string? element = null, Exception? inner = null)
        : base(Describe(fileName, reason, line, element), inner)
    {
        FileName = fileName;
        Reason = reason;
        Line = line;
        Element = element;
    }

    public ListParseException() : this("unknown", "list could not be parsed") { }

    public ListParseException(string message) : this("unknown", message) { }

    public ListParseException(string message, Exception inner) : this("unknown", message, inner: inner) { }

    public string FileName { get; }
    public string Reason { get; }
    public long? Line { get; }
    public string? Element { get; }

    private static string Describe(string fileName, string reason, long? line, string? element)
    {
        var where = (line, element) switch
        {
            (long l, string e) => $" at line {l}, element {e}",
            (long l, null) => $" at line {l}",
            (null, string e) => $" at element {e}",
            _ => string.Empty,
        };
        return $"{fileName}{where}: {reason}";
    }
}
