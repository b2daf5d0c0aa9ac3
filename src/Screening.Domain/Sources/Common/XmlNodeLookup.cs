using System.Xml;

namespace Screening.Domain.Sources.Common;

/// <summary>Child lookups by local name on a loaded <see cref="XmlEntryNode"/>, and streaming of list entries.</summary>
internal static class XmlNodeLookup
{
    public static IEnumerable<XmlEntryNode> Children(this XmlEntryNode element, string localName)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child.LocalName == localName)
            {
                yield return child;
            }
        }
    }

    public static XmlEntryNode? Child(this XmlEntryNode element, string localName)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The trimmed text of the first child with that name, or null when missing or blank.</summary>
    public static string? Text(this XmlEntryNode element, string localName) =>
        element.Child(localName) is { } child ? TextValues.NullIfBlank(child.Value) : null;

    public static IReadOnlyList<string> Texts(this XmlEntryNode element, string localName) =>
        [.. element.Children(localName).Select(child => TextValues.NullIfBlank(child.Value)).OfType<string>()];

    /// <summary>Streams the elements named <paramref name="localNames"/> at any depth, each loaded alone; skips <paramref name="skipped"/> subtrees unread.</summary>
    public static IEnumerable<(XmlEntryNode Element, long Line)> StreamElements(XmlReader reader, string[] localNames, params string[] skipped)
    {
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && localNames.Contains(reader.LocalName))
            {
                var line = XmlListFile.LineOf(reader);
                yield return (XmlEntryNode.Load(reader), line);
            }
            else if (reader.NodeType == XmlNodeType.Element && skipped.Contains(reader.LocalName))
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }
    }
}
