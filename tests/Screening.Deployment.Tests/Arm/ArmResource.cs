using System.Text.Json.Nodes;

namespace Screening.Deployment.Tests.Arm;

/// <summary>One resource of a compiled template, read in the context of the deployment that declares it.</summary>
public sealed class ArmResource(ArmDeployment deployment, JsonObject element)
{
    public ArmDeployment Deployment { get; } = deployment;

    /// <summary>The resource exactly as compiled, expressions unresolved.</summary>
    public JsonObject Element { get; } = element;

    public string Type => Element["type"]?.GetValue<string>() ?? "";

    public string? ApiVersion => Element["apiVersion"]?.GetValue<string>();

    public bool IsExisting => Element["existing"]?.GetValue<bool>() == true;

    /// <summary>The name as compiled (often an expression such as <c>[guid(...)]</c>).</summary>
    public string RawName => Element["name"]?.GetValue<string>() ?? "";

    /// <summary>The name with plain variable and parameter references followed.</summary>
    public string? ResolvedName => Deployment.Resolve(Element["name"]) is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;

    public JsonNode? Properties => Deployment.Resolve(Element["properties"]);

    public JsonNode? Resolved(string property) => Deployment.Resolve(Element[property]);
}
