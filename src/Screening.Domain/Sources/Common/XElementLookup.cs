using System.Xml;
using System.Xml.Linq;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// Child lookups by local name, so one mapper reads a list whatever namespace its publisher used
/// (OFAC has changed it over the years).
/// </summary>
internal static class XElementLookup
{
    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(child => child.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(child => child.Name.LocalName == localName);

    /// <summary>The trimmed text of the first child with that name, or null when missing or blank.</summary>
    public static string? Text(this XElement element, string localName) =>
        element.Child(localName) is { } child ? TextValues.NullIfBlank(child.Value) : null;

    public static IReadOnlyList<string> Texts(this XElement element, string localName) =>
        [.. element.Children(localName).Select(child => TextValues.NullIfBlank(child.Value)).OfType<string>()];

    /// <summary>Streams the elements named <paramref name="localName"/> at any depth, each loaded alone.</summary>
    public static IEnumerable<(XElement Element, long Line)> StreamElements(XmlReader reader, params string[] localNames)
    {
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && localNames.Contains(reader.LocalName))
            {
                var line = XmlListFile.LineOf(reader);
                yield return ((XElement)XNode.ReadFrom(reader), line);
            }
            else
            {
                reader.Read();
            }
        }
    }
}
