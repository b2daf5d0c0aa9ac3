using System.Collections.Frozen;

namespace Screening.Functions.Console;

/// <summary>
/// The console's files, embedded in the Functions assembly (Console/wwwroot, logical names <c>console/…</c>), so
/// the console deploys with the app and can never disagree with the API it calls.
/// </summary>
public sealed class ConsoleAssetCatalog
{
    private const string ResourcePrefix = "console/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<FrozenDictionary<string, ConsoleAsset>> _assets = new(Load);

    public ConsoleAsset? Find(string path) => _assets.Value.GetValueOrDefault(path.Length == 0 ? "index.html" : path);

    public IEnumerable<ConsoleAsset> All => _assets.Value.Values;

    private static FrozenDictionary<string, ConsoleAsset> Load()
    {
        var assembly = typeof(ConsoleAssetCatalog).Assembly;
        var assets = new Dictionary<string, ConsoleAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            if (!ContentTypes.TryGetValue(System.IO.Path.GetExtension(path), out var contentType))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            assets[path] = ConsoleAsset.Of(path, contentType, buffer.ToArray());
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
