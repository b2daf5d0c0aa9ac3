using System.Text.Json;

namespace Screening.LocalHost.Metadata;

/// <summary>One entry of the <c>functions.metadata</c> file the Worker SDK generates.</summary>
public sealed record FunctionDefinition(string Name, string ScriptFile, string EntryPoint, IReadOnlyList<BindingDefinition> Bindings)
{
    public BindingDefinition Trigger =>
        Bindings.SingleOrDefault(b => b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Function '{Name}' has no trigger binding.");
}

/// <summary>One binding of a function, with the raw JSON so each trigger reads its own properties.</summary>
public sealed record BindingDefinition(string Name, string Type, string Direction, JsonElement Raw)
{
    public string? GetString(string property) =>
        Raw.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool GetBoolean(string property) =>
        Raw.TryGetProperty(property, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => bool.TryParse(value.GetString(), out var parsed) && parsed,
            _ => false,
        };

    public IReadOnlyList<string> GetStrings(string property) =>
        Raw.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
            : [];
}
