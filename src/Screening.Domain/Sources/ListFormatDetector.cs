using Screening.Domain.Model;

namespace Screening.Domain.Sources;

/// <summary>
/// Recognises a list's format from its content (the first kilobyte: XML root element, zip entries,
/// the shape of an OFAC CSV first row, the custom CSV header), never from the file name alone.
/// </summary>
public static class ListFormatDetector
{
    public static IListParser? ParserFor(ListInput input, IReadOnlyList<IListParser>? parsers = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Files.Count == 0)
        {
            return null;
        }

        try
        {
            return (parsers ?? ListParsers.All).FirstOrDefault(parser => parser.Recognizes(input));
        }
        catch (IOException ex)
        {
            throw new ListParseException(input.Files[0].Name, $"the file could not be read: {ex.Message}", inner: ex);
        }
    }

    public static ListFormat? Detect(ListInput input) => ParserFor(input)?.Format;
}
