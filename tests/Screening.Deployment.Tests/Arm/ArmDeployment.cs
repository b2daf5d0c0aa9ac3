using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Screening.Deployment.Tests.Arm;

/// <summary>
/// One compiled ARM template, either the root of a build or a Bicep module inlined as a nested deployment.
/// Values that merely point at a variable or parameter (<c>[variables('x')]</c>, <c>[parameters('x').a.b]</c>) are followed,
/// through module parameters into the parent; any other expression stays as its text.
/// </summary>
public sealed partial class ArmDeployment
{
    private const string DeploymentType = "Microsoft.Resources/deployments";
    private readonly ArmDeployment? _parent;
    private readonly JsonObject _parameterValues;

    private ArmDeployment(string name, JsonObject template, JsonObject parameterValues, ArmDeployment? parent)
    {
        Name = name;
        Template = template;
        _parameterValues = parameterValues;
        _parent = parent;
    }

    /// <summary>The module's deployment name (the Bicep module's <c>name</c>), or "root".</summary>
    public string Name { get; }

    public JsonObject Template { get; }

    public static ArmDeployment Load(string compiledTemplatePath)
    {
        var template = JsonNode.Parse(File.ReadAllText(compiledTemplatePath))?.AsObject()
            ?? throw new InvalidDataException($"{compiledTemplatePath} is not a JSON object.");
        return new ArmDeployment("root", template, [], parent: null);
    }

    /// <summary>Resources declared directly in this template (Bicep emits an array, or an object keyed by symbolic name).</summary>
    public IEnumerable<ArmResource> Resources => Template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>().Select(r => new ArmResource(this, r)),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>().Select(r => new ArmResource(this, r)),
        _ => [],
    };

    /// <summary>This template and every module below it.</summary>
    public IEnumerable<ArmDeployment> SelfAndModules()
    {
        yield return this;
        foreach (var module in Modules)
        {
            foreach (var nested in module.SelfAndModules())
            {
                yield return nested;
            }
        }
    }

    /// <summary>Every resource this template deploys, its modules' included; <c>existing</c> references are left out.</summary>
    public IEnumerable<ArmResource> AllDeployedResources() =>
        SelfAndModules().SelectMany(d => d.Resources).Where(r => !r.IsExisting && r.Type != DeploymentType);

    public IEnumerable<ArmResource> AllDeployedResources(string type) =>
        AllDeployedResources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmDeployment Module(string name) =>
        Modules.SingleOrDefault(m => m.Name == name)
        ?? throw new InvalidOperationException($"No module deployment named '{name}' in {Name}; found: {string.Join(", ", Modules.Select(m => m.Name))}.");

    public IEnumerable<ArmDeployment> Modules =>
        Resources.Where(r => r.Type == DeploymentType && !r.IsExisting).Select(r =>
            new ArmDeployment(
                r.Element["name"]?.GetValue<string>() ?? "",
                r.Element["properties"]?["template"]?.AsObject() ?? throw new InvalidDataException("A nested deployment has no inline template."),
                r.Element["properties"]?["parameters"]?.AsObject() ?? [],
                this));

    /// <summary>The value a parameter takes in this deployment: the one passed by the parent, else its default.</summary>
    public JsonNode? Parameter(string name)
    {
        if (_parameterValues[name] is JsonObject passed && passed.ContainsKey("value"))
        {
            return _parent is null ? passed["value"]?.DeepClone() : _parent.Resolve(passed["value"]);
        }

        return Resolve(Template["parameters"]?[name]?["defaultValue"]);
    }

    public JsonNode? Variable(string name) => Resolve(Template["variables"]?[name]);

    /// <summary>A deep copy of <paramref name="node"/> with variable and parameter references replaced by their values.</summary>
    public JsonNode? Resolve(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Resolve)]),
        JsonValue value when value.TryGetValue<string>(out var text) => ResolveText(text) ?? value.DeepClone(),
        _ => node.DeepClone(),
    };

    private JsonNode? ResolveText(string text)
    {
        var reference = Reference().Match(text);
        if (!reference.Success)
        {
            return null;
        }

        var name = reference.Groups["name"].Value;
        var value = reference.Groups["kind"].Value == "variables" ? Variable(name) : Parameter(name);
        foreach (var property in reference.Groups["property"].Captures.Select(c => c.Value))
        {
            value = value?[property];
        }

        return value?.DeepClone();
    }

    [GeneratedRegex(@"^\[(?<kind>variables|parameters)\('(?<name>[^']+)'\)(\.(?<property>[A-Za-z_$][A-Za-z0-9_$#]*))*\]$")]
    private static partial Regex Reference();
}
