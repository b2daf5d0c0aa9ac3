using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// Checks a real response against the OpenAPI document the app itself serves: the route, method and status
/// must be documented, with a schema for the content type, and the body must satisfy that schema.
/// </summary>
public sealed class OpenApiContract
{
    private readonly JsonObject _document;

    private OpenApiContract(JsonObject document) => _document = document;

    public static async Task<OpenApiContract> LoadAsync(HttpClient client)
    {
        var text = await client.GetStringAsync(new Uri("openapi.json", UriKind.Relative));
        return new OpenApiContract(JsonNode.Parse(text)!.AsObject());
    }

    public async Task AssertConformsAsync(HttpResponseMessage response, string method, string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var operation = _document["paths"]?[pathTemplate]?[method.ToLowerInvariant()]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} is not in the OpenAPI document");
        var documented = operation["responses"]?[status]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} does not document status {status}");
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "none";
        var schemaNode = documented["content"]?[mediaType]?["schema"]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} {status} documents no '{mediaType}' content");

        var schema = JsonSchema.FromText(BuildSchema(schemaNode));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{method} {pathTemplate} {status} does not match its schema: " +
            string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    // The component schemas become $defs of one JSON Schema 2020-12 document, so references resolve locally.
    private string BuildSchema(JsonNode schemaNode)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _document["components"]!["schemas"]!.DeepClone(),
        };
        foreach (var (key, value) in schemaNode.AsObject())
        {
            root[key] = value?.DeepClone();
        }

        return root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
    }
}
