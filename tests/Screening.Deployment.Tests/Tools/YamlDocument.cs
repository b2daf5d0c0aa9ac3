using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Screening.Deployment.Tests.Tools;

/// <summary>Reads a YAML document into JSON nodes: plain scalars that read as booleans or integers become those, the rest strings.</summary>
public static class YamlDocument
{
    public static JsonObject Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        if (stream.Documents.Count != 1)
        {
            throw new InvalidDataException($"Expected one YAML document, found {stream.Documents.Count}.");
        }

        return Convert(stream.Documents[0].RootNode) as JsonObject ?? throw new InvalidDataException("The YAML document is not a mapping.");
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node {node.NodeType}."),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain || text is null)
        {
            return text is null ? null : JsonValue.Create(text);
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : text is "" or "null" or "~" ? null : JsonValue.Create(text);
    }
}
