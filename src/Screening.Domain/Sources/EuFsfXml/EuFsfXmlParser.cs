using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.EuFsfXml;

/// <summary>
/// The EU Financial Sanctions Files consolidated list, XML v1.1 (root <c>export</c> in the
/// http://eu.europa.ec/fpi/fsd/export namespace). Streams one <c>sanctionEntity</c> at a time, so the
/// full 25 MB export parses in memory bounded by its largest entity.
/// </summary>
public sealed class EuFsfXmlParser : IListParser
{
    public const string RootName = "export";
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    public ListFormat Format => ListFormat.EuFsfXml;

    public bool Recognizes(ListInput input) =>
        ArchiveExpansion.Expand(input).Files is [var file]
        && ListContent.XmlRootName(file) == RootName
        && ListContent.HeadText(file).Contains(Namespace, StringComparison.Ordinal);

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        var file = SingleXmlFile.Of(ArchiveExpansion.Expand(input), RootName);
        var ((publishedAt, entities), hash) = XmlListFile.Read(file, reader =>
        {
            XmlListFile.ExpectRoot(reader, file, RootName);
            var published = reader.GetAttribute("generationDate") is { } generated
                            && DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : (DateTimeOffset?)null;
            var list = new List<SanctionedEntity>();
            foreach (var (element, line) in XmlNodeLookup.StreamElements(reader, ["sanctionEntity"]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                list.Add(EuFsfEntityMapper.Map(element, input.Source, file.Name, line));
            }

            return (published, list);
        });

        if (entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the export holds no sanctionEntity");
        }

        DuplicateIds.Check(file.Name, entities);
        return new ParsedList(new ListMetadata(input.Source, Format, publishedAt, null, entities.Count, hash), entities);
    }
}
