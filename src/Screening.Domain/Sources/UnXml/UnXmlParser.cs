using System.Globalization;
using System.Xml;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.UnXml;

/// <summary>The UN Security Council Consolidated List (root CONSOLIDATED_LIST, scsanctions.un.org format).</summary>
public sealed class UnXmlParser : IListParser
{
    private const string RootName = "CONSOLIDATED_LIST";

    public ListFormat Format => ListFormat.UnConsolidatedXml;

    public bool Recognizes(ListInput input) =>
        ArchiveExpansion.Expand(input).Files is [var file] && ListContent.XmlRootName(file) == RootName;

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        var file = SingleXmlFile.Of(ArchiveExpansion.Expand(input), RootName);
        var ((publishedAt, entities), hash) = XmlListFile.Read(file, reader =>
        {
            XmlListFile.ExpectRoot(reader, file, RootName);

            var published = reader.GetAttribute("dateGenerated") is { } generated
                            && DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : (DateTimeOffset?)null;
            var list = new List<SanctionedEntity>();
            foreach (var (element, line) in XmlNodeLookup.StreamElements(reader, ["INDIVIDUAL", "ENTITY"]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                list.Add(UnEntryMapper.Map(element, input.Source, file.Name, line));
            }

            return (published, list);
        });

        if (entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the list holds no INDIVIDUAL or ENTITY entries");
        }

        DuplicateIds.Check(file.Name, entities);
        return new ParsedList(new ListMetadata(input.Source, Format, publishedAt, null, entities.Count, hash), entities);
    }
}
