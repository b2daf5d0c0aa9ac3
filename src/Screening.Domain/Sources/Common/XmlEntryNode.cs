using System.Xml;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// One list entry loaded from an <see cref="XmlReader"/>: element local names (namespaces ignored,
/// as OFAC has changed them), attributes and direct text. Far cheaper to build than an XElement,
/// which matters because the mappers load tens of thousands of entries.
/// </summary>
internal sealed class XmlEntryNode(string localName)
{
    private static readonly List<XmlEntryNode> NoChildren = [];
    private List<XmlEntryNode>? _children;
    private Dictionary<string, string>? _attributes;
    private string? _text;

    public string LocalName { get; } = localName;

    public IReadOnlyList<XmlEntryNode> ChildNodes => _children ?? NoChildren;

    /// <summary>The element's own text (the lists only put text in leaf elements).</summary>
    public string Value => _text ?? string.Empty;

    public string? Attribute(string localName) => _attributes is not null && _attributes.TryGetValue(localName, out var value) ? value : null;

    /// <summary>Loads the element the reader is on, leaving the reader on the node after its end.</summary>
    public static XmlEntryNode Load(XmlReader reader)
    {
        var root = Start(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        var open = new Stack<XmlEntryNode>();
        open.Push(root);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = Start(reader);
                    (open.Peek()._children ??= []).Add(child);
                    if (!reader.IsEmptyElement)
                    {
                        open.Push(child);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    var parent = open.Peek();
                    parent._text = parent._text is null ? reader.Value : parent._text + reader.Value;
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    if (open.Count == 0)
                    {
                        reader.Read();
                        return root;
                    }

                    break;
            }
        }

        throw new XmlException($"unexpected end of file inside <{root.LocalName}>");
    }

    private static XmlEntryNode Start(XmlReader reader)
    {
        var node = new XmlEntryNode(reader.LocalName);
        if (reader.HasAttributes)
        {
            node._attributes = [];
            while (reader.MoveToNextAttribute())
            {
                node._attributes[reader.LocalName] = reader.Value;
            }

            reader.MoveToElement();
        }

        return node;
    }
}
