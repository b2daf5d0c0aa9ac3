using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.OfacEnhancedXml;

namespace Screening.Domain.Sources;

/// <summary>
/// The source name of an official list uploaded without one: "un" for the UN list, "jp-mof", "eu-fsf" and "uk-ofsi" for those authorities' own formats, "ofac-sdn" or
/// "ofac-cons" for OFAC files (from the lists the enhanced XML names, otherwise from OFAC's published
/// file names: SDN.*, sdn_*.csv, CONS_*, CONSOLIDATED.XML). Null when the content does not say,
/// as for custom lists, whose name the uploader must give.
/// </summary>
public static class ListSourceInference
{
    public const string OfacSdn = "ofac-sdn";
    public const string OfacConsolidated = "ofac-cons";
    public const string UnitedNations = "un";
    public const string JapanMof = "jp-mof";
    public const string EuFsf = "eu-fsf";
    public const string UkOfsi = "uk-ofsi";

    public static string? Infer(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ListFormatDetector.Detect(input) is { } format && OwnSource(format) is { } source)
        {
            return source;
        }

        var expanded = ArchiveExpansion.Expand(input);
        if (expanded.Files is [var single])
        {
            switch (ListContent.XmlRootName(single))
            {
                case "CONSOLIDATED_LIST":
                    return UnitedNations;
                case OfacEnhancedXmlParser.RootName when FirstListName(single) is { } listName:
                    return listName.StartsWith("SDN", StringComparison.OrdinalIgnoreCase) ? OfacSdn : OfacConsolidated;
            }
        }

        foreach (var name in input.Files.Concat(expanded.Files).Select(file => Path.GetFileName(file.Name)))
        {
            if (name.StartsWith("SDN", StringComparison.OrdinalIgnoreCase))
            {
                return OfacSdn;
            }

            if (name.StartsWith("CONS", StringComparison.OrdinalIgnoreCase))
            {
                return OfacConsolidated;
            }
        }

        return null;
    }

    /// <summary>Formats published by one authority only name their list by themselves.</summary>
    private static string? OwnSource(ListFormat format) => format switch
    {
        ListFormat.MofExcel => JapanMof,
        ListFormat.EuFsfXml => EuFsf,
        ListFormat.UkOfsi => UkOfsi,
        _ => null,
    };

    /// <summary>The sanctions list named by the first entity: streams only as far as that entity.</summary>
    private static string? FirstListName(ListFile file)
    {
        try
        {
            // Reading stops at the first entity, so the hash the reader computes on the way is of no use here.
            return XmlListFile.Read(file, reader =>
                XmlNodeLookup.StreamElements(reader, ["entity"], "referenceValues", "featureTypes")
                    .Select(found => EnhancedEntityMapper.ListNames(found.Element).FirstOrDefault())
                    .FirstOrDefault()).Result;
        }
        catch (ListParseException)
        {
            return null;
        }
    }

}
