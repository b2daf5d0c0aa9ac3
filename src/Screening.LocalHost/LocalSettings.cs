using System.Text.Json;

namespace Screening.LocalHost;

/// <summary>
/// Reads the <c>Values</c> of the function app's <c>local.settings.json</c>, as Core Tools do, with
/// <c>__</c> turned into configuration sections. These hold only emulator values.
/// </summary>
public static class LocalSettings
{
    public static IReadOnlyDictionary<string, string?> Read(string functionAppDirectory)
    {
        var path = Path.Combine(functionAppDirectory, "local.settings.json");
        if (!File.Exists(path))
        {
            return new Dictionary<string, string?>();
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("Values", out var values)
            ? values.EnumerateObject().ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.ToString())
            : new Dictionary<string, string?>();
    }
}
