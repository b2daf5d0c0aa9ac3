using System.Globalization;
using System.Text.Json;
using Screening.LocalHost.Queues;

namespace Screening.LocalHost.Metadata;

/// <summary>The parts of <c>host.json</c> that LocalHost honours: the HTTP route prefix and the queue trigger settings.</summary>
public sealed record HostJson(string RoutePrefix, QueueHostSettings Queues)
{
    public static HostJson Read(string functionAppDirectory)
    {
        var path = Path.Combine(functionAppDirectory, "host.json");
        if (!File.Exists(path))
        {
            return new HostJson("api", new QueueHostSettings());
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var extensions = document.RootElement.TryGetProperty("extensions", out var found) ? found : default;
        var prefix = extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var routePrefix)
            ? routePrefix.GetString()
            : null;
        // An explicit empty string means "no prefix", as in the Functions host; a missing value means the default.
        return new HostJson((prefix ?? "api").Trim('/'), ReadQueues(extensions));
    }

    private static QueueHostSettings ReadQueues(JsonElement extensions)
    {
        var defaults = new QueueHostSettings();
        if (extensions.ValueKind != JsonValueKind.Object || !extensions.TryGetProperty("queues", out var queues) || queues.ValueKind != JsonValueKind.Object)
        {
            return defaults;
        }

        return new QueueHostSettings(
            queues.TryGetProperty("batchSize", out var batchSize) ? batchSize.GetInt32() : defaults.BatchSize,
            queues.TryGetProperty("maxDequeueCount", out var maxDequeueCount) ? maxDequeueCount.GetInt32() : defaults.MaxDequeueCount,
            queues.TryGetProperty("visibilityTimeout", out var visibility) ? TimeSpan.Parse(visibility.GetString()!, CultureInfo.InvariantCulture) : defaults.VisibilityTimeout,
            !queues.TryGetProperty("messageEncoding", out var encoding) || !string.Equals(encoding.GetString(), "none", StringComparison.OrdinalIgnoreCase));
    }
}
