using System.Text.Json;

namespace Screening.LocalHost.Metadata;

/// <summary>The parts of <c>host.json</c> that LocalHost honours.</summary>
public sealed record HostJson(string RoutePrefix)
{
    public static HostJson Read(string functionAppDirectory)
    {
        var path = Path.Combine(functionAppDirectory, "host.json");
        if (!File.Exists(path))
        {
            return new HostJson("api");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var prefix = document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var routePrefix)
            ? routePrefix.GetString()
            : null;
        // An explicit empty string means "no prefix", as in the Functions host; a missing value means the default.
        return new HostJson((prefix ?? "api").Trim('/'));
    }
}
