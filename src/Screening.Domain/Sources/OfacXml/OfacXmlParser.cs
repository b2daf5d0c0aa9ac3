using System.Globalization;
using System.Xml;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacXml;

/// <summary>
/// OFAC's legacy XML (root sdnList, in whichever namespace OFAC used that year): SDN.XML and
/// CONSOLIDATED.XML. The parsed entry count must equal the file's own Record_Count.
/// </summary>
public sealed class OfacXmlParser : IListParser
{
    private const string RootName = "sdnList";

    public ListFormat Format => ListFormat.OfacLegacyXml;

    public bool Recognizes(ListInput input) =>
        ArchiveExpansion.Expand(input).Files is [var file] && ListContent.XmlRootName(file) == RootName;

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        var file = SingleXmlFile.Of(ArchiveExpansion.Expand(input), RootName);
        var ((publishedAt, declared, entities), hash) = XmlListFile.Read(file, reader =>
        {
            XmlListFile.ExpectRoot(reader, file, RootName);

            DateTimeOffset? published = null;
            int? recordCount = null;
            var list = new List<SanctionedEntity>();
            foreach (var (element, line) in XmlNodeLookup.StreamElements(reader, ["publshInformation", "sdnEntry"]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (element.LocalName == "sdnEntry")
                {
                    list.Add(OfacXmlEntryMapper.Map(element, input.Source, file.Name, line));
                }
                else
                {
                    (published, recordCount) = PublishInformation(element, file.Name, line);
                }
            }

            return (published, recordCount, list);
        });

        if (declared is int expected && expected != entities.Count)
        {
            throw new ListParseException(file.Name, $"the file declares Record_Count {expected} but holds {entities.Count} sdnEntry elements", element: "publshInformation/Record_Count");
        }

        if (entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the list holds no sdnEntry elements");
        }

        DuplicateIds.Check(file.Name, entities);
        return new ParsedList(new ListMetadata(input.Source, Format, publishedAt, declared, entities.Count, hash), entities);
    }

    private static (DateTimeOffset? PublishedAt, int? RecordCount) PublishInformation(XmlEntryNode info, string fileName, long line)
    {
        DateTimeOffset? published = null;
        if (info.Text("Publish_Date") is { } date)
        {
            published = DateTime.TryParseExact(date, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new DateTimeOffset(day, TimeSpan.Zero)
                : throw new ListParseException(fileName, $"Publish_Date '{date}' is not MM/dd/yyyy", line, "publshInformation/Publish_Date");
        }

        int? count = null;
        if (info.Text("Record_Count") is { } countText)
        {
            count = int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new ListParseException(fileName, $"Record_Count '{countText}' is not a number", line, "publshInformation/Record_Count");
        }

        return (published, count);
    }
}
