using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Screening.Functions;

/// <summary>Serves the OpenAPI 3.1 document of every route, schema and error; tests check real responses against it.</summary>
public sealed class OpenApiDocument
{
    private static readonly Lazy<string> Document = new(() =>
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("Screening.Functions.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Json => Document.Value;

    [Function(nameof(OpenApiDocument))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Http.RequestIds.Of(request);
        return new ContentResult { Content = Json, ContentType = "application/json; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
