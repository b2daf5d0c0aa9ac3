using Screening.Domain.Model;

namespace Screening.Domain.Sources;

/// <summary>
/// The one entry point for parsing an uploaded or downloaded list: detects the format from the
/// content, fills in the source name of an official list given without one, and parses the whole
/// input or throws <see cref="ListParseException"/>.
/// </summary>
public static class ListReader
{
    public static ListFormat? Detect(ListInput input) => ListFormatDetector.Detect(input);

    public static ParsedList Read(ListInput input, CancellationToken cancellationToken = default) =>
        Read(input, ListParsers.All, cancellationToken);

    /// <summary>Reads with a chosen set of parsers (for example an OFAC CSV parser with other options).</summary>
    public static ParsedList Read(ListInput input, IReadOnlyList<IListParser> parsers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var named = string.IsNullOrWhiteSpace(input.Source)
            ? input with { Source = ListSourceInference.Infer(input) ?? throw Unnamed(input) }
            : input;
        var parser = ListFormatDetector.ParserFor(named, parsers)
                     ?? throw new ListParseException(FileNames(input), "the content is in no known list format (OFAC XML, OFAC Enhanced XML, OFAC CSV, UN XML, MOF Excel, EU FSF XML, UK OFSI Excel/CSV, custom CSV)");
        return parser.Parse(named, cancellationToken);
    }

    private static ListParseException Unnamed(ListInput input) =>
        new(FileNames(input), "no source name was given and none can be inferred from the content; name the list (for example custom:acme)");

    private static string FileNames(ListInput input) =>
        input.Files.Count == 0 ? "(no file)" : string.Join(", ", input.Files.Select(file => file.Name));
}
