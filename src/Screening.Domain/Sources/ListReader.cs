using Screening.Domain.Model;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources;

/// <summary>
/// The one entry point for parsing an uploaded or downloaded list: detects the format from the
/// content, fills in the source name of an official list given without one, and parses the whole
/// input or throws <see cref="ListParseException"/>.
/// </summary>
public static class ListReader
{
    public static ListFormat? Detect(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var buffered = Buffered(input);
        try
        {
            return ListFormatDetector.Detect(buffered);
        }
        finally
        {
            Release(buffered);
        }
    }

    public static ParsedList Read(ListInput input, CancellationToken cancellationToken = default) =>
        Read(input, ListParsers.All, cancellationToken);

    /// <summary>Reads with a chosen set of parsers (for example an OFAC CSV parser with other options).</summary>
    public static ParsedList Read(ListInput input, IReadOnlyList<IListParser> parsers, CancellationToken cancellationToken = default) =>
        Read(input, parsers, expectedFormat: null, cancellationToken);

    /// <summary>Reads content that must be of <paramref name="expectedFormat"/>; anything else is refused unparsed.</summary>
    public static ParsedList Read(ListInput input, ListFormat expectedFormat, CancellationToken cancellationToken = default) =>
        Read(input, ListParsers.All, expectedFormat, cancellationToken);

    private static ParsedList Read(ListInput input, IReadOnlyList<IListParser> parsers, ListFormat? expectedFormat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // A workbook is read from its source once here; detection, inference and the parse all look at that copy.
        var buffered = Buffered(input);
        try
        {
            var parser = ListFormatDetector.ParserFor(buffered, parsers);
            if (expectedFormat is { } expected && parser?.Format != expected)
            {
                throw new ListParseException(FileNames(input), $"expected {expected} content but found {(parser is null ? "no known list format" : parser.Format.ToString())}");
            }

            var named = string.IsNullOrWhiteSpace(input.Source)
                ? buffered with { Source = ListSourceInference.Infer(buffered) ?? throw Unnamed(input) }
                : buffered;
            return parser?.Parse(named, cancellationToken)
                ?? throw new ListParseException(FileNames(input), "the content is in no known list format (OFAC XML, OFAC Enhanced XML, OFAC CSV, UN XML, MOF Excel, EU FSF XML, UK OFSI Excel/CSV, custom CSV)");
        }
        finally
        {
            Release(buffered);
        }
    }

    /// <summary>Closes what detection left open on a buffered workbook.</summary>
    private static void Release(ListInput input)
    {
        foreach (var file in input.Files)
        {
            BufferedWorkbook.Of(file)?.Dispose();
        }
    }

    /// <summary>The input with a single zip file (a workbook or a zipped CSV set) held in memory, read once.</summary>
    private static ListInput Buffered(ListInput input) =>
        input.Files is [var file] && BufferedWorkbook.Buffer(file) is var buffered && !ReferenceEquals(buffered, file)
            ? input with { Files = [buffered] }
            : input;

    private static ListParseException Unnamed(ListInput input) =>
        new(FileNames(input), "no source name was given and none can be inferred from the content; name the list (for example custom:acme)");

    private static string FileNames(ListInput input) =>
        input.Files.Count == 0 ? "(no file)" : string.Join(", ", input.Files.Select(file => file.Name));
}
