using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacEnhancedXml;

/// <summary>
/// OFAC's Enhanced XML (root sanctionsData): SDN_ENHANCED.XML, CONS_ENHANCED.XML (also zipped) and
/// program extracts from the Sanctions List Service. The reference tables are skipped; each entity
/// is loaded and mapped alone.
/// </summary>
public sealed class OfacEnhancedXmlParser : IListParser
{
    internal const string RootName = "sanctionsData";

    public ListFormat Format => ListFormat.OfacEnhancedXml;

    public bool Recognizes(ListInput input) =>
        ArchiveExpansion.Expand(input).Files is [var file] && ListContent.XmlRootName(file) == RootName;

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        var file = SingleXmlFile.Of(ArchiveExpansion.Expand(input), RootName);
        var ((publishedAt, entities), hash) = XmlListFile.Read(file, reader =>
        {
            XmlListFile.ExpectRoot(reader, file, RootName);

            DateTimeOffset? published = null;
            var list = new List<SanctionedEntity>();
            foreach (var (element, line) in XmlNodeLookup.StreamElements(reader, ["publicationInfo", "entity"], "referenceValues", "featureTypes"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (element.LocalName == "entity")
                {
                    list.Add(EnhancedEntityMapper.Map(element, input.Source, file.Name, line));
                }
                else
                {
                    published = DataAsOf(element, file.Name, line);
                }
            }

            return (published, list);
        });

        if (entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the list holds no entity elements");
        }

        DuplicateIds.Check(file.Name, entities);
        return new ParsedList(new ListMetadata(input.Source, Format, publishedAt, null, entities.Count, hash), entities);
    }

    private static DateTimeOffset? DataAsOf(XmlEntryNode publicationInfo, string fileName, long line) =>
        publicationInfo.Text("dataAsOf") is not { } text
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw new ListParseException(fileName, $"dataAsOf '{text}' is not a date", line, "publicationInfo/dataAsOf");
}
