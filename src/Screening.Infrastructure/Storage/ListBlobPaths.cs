using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Storage;

/// <summary>Blob names of the list store; sources keep their own name ("custom:acme" is a valid blob path segment).</summary>
public static class ListBlobPaths
{
    public static string Snapshot(string source, string versionId) => $"{source}/{versionId}.json.gz";

    public static string Archive(string source, string versionId, string fileName) => $"{source}/{versionId}/{SafeFileName(fileName)}";

    public static string Delta(string source, string versionId) => $"{source}/{versionId}.json";

    /// <summary>
    /// The delta of activating a version once more (a rollback to it), beside the delta of its first activation,
    /// which stays as written: <c>{source}/{versionId}.{activatedAt}.json</c>.
    /// </summary>
    public static string Delta(string source, string versionId, DateTimeOffset activatedAt) =>
        $"{source}/{versionId}.{ListVersionId.Stamp(activatedAt)}.json";

    public static string Lock(string source) => source;

    /// <summary>The last path segment of a file name, never empty and never a path of its own.</summary>
    public static string SafeFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return name is "" or "." or ".." ? "list" : name;
    }
}
