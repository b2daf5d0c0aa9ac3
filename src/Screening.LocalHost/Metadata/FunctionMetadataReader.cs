using System.Text.Json;

namespace Screening.LocalHost.Metadata;

/// <summary>Reads <c>functions.metadata</c>: the same file the Azure Functions host reads to index a worker's functions.</summary>
public static class FunctionMetadataReader
{
    public const string FileName = "functions.metadata";

    public static IReadOnlyList<FunctionDefinition> Read(string functionAppDirectory)
    {
        var path = Path.Combine(functionAppDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No {FileName} in '{functionAppDirectory}'. Build the function app first (the Worker SDK generates it).", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.EnumerateArray().Select(ReadFunction)];
    }

    private static FunctionDefinition ReadFunction(JsonElement function)
    {
        var name = Required(function, "name");
        var bindings = function.GetProperty("bindings").EnumerateArray()
            .Select(b => new BindingDefinition(Required(b, "name"), Required(b, "type"), b.TryGetProperty("direction", out var d) ? d.GetString() ?? "In" : "In", b.Clone()))
            .ToList();
        return new FunctionDefinition(name, Required(function, "scriptFile"), Required(function, "entryPoint"), bindings);
    }

    private static string Required(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{FileName}: an entry has no '{property}'.");
}
