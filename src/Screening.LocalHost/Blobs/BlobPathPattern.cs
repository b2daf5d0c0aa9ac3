using System.Text.RegularExpressions;

namespace Screening.LocalHost.Blobs;

/// <summary>
/// A blob trigger path such as <c>list-inbox/{name}</c> or <c>samples/{folder}/{name}.csv</c>: the container,
/// the literal prefix to list by, and the tokens bound from a matching blob name.
/// </summary>
public sealed partial class BlobPathPattern
{
    private readonly Regex _blobName;

    private BlobPathPattern(string container, string prefix, Regex blobName, IReadOnlyList<string> tokens)
    {
        Container = container;
        Prefix = prefix;
        _blobName = blobName;
        Tokens = tokens;
    }

    public string Container { get; }
    public string Prefix { get; }
    public IReadOnlyList<string> Tokens { get; }

    public static BlobPathPattern Parse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1)
        {
            throw new FormatException($"Blob trigger path '{path}' must be 'container/blob-pattern'.");
        }

        var container = path[..slash];
        var blob = path[(slash + 1)..];
        var tokens = new List<string>();
        var regex = "^" + TokenRegex().Replace(Regex.Escape(blob).Replace(@"\{", "{", StringComparison.Ordinal), match =>
        {
            tokens.Add(match.Groups[1].Value);
            // The last token may span folders, as {name} does in the Functions host.
            return $"(?<{match.Groups[1].Value}>.+?)";
        }) + "$";
        var firstToken = blob.IndexOf('{', StringComparison.Ordinal);
        var prefix = firstToken < 0 ? blob : blob[..firstToken];
        return new BlobPathPattern(container, prefix, new Regex(regex, RegexOptions.CultureInvariant), tokens);
    }

    public IReadOnlyDictionary<string, string>? Match(string blobName)
    {
        var match = _blobName.Match(blobName);
        return match.Success ? Tokens.ToDictionary(t => t, t => match.Groups[t].Value, StringComparer.OrdinalIgnoreCase) : null;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex TokenRegex();
}
