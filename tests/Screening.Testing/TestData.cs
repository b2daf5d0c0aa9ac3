using System.Reflection;

namespace Screening.Testing;

/// <summary>
/// The real published list files copied into <c>tests/data</c> (provenance in tests/data/SOURCES.md). A missing file
/// fails the test with the path that was looked for: a test that silently skipped would prove nothing.
/// </summary>
public static class TestData
{
    /// <summary><c>tests/data</c>, as recorded at build time by tests/Directory.Build.props.</summary>
    public static string Root { get; } = typeof(TestData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "TestDataDirectory")?.Value
        ?? throw new InvalidOperationException("Assembly metadata 'TestDataDirectory' is missing; build through tests/Directory.Build.props.");

    /// <summary>The path of a file or folder under tests/data; throws naming the path when it does not exist.</summary>
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Test data not found: {path} (real list files live in tests/data; see tests/data/SOURCES.md)", path);
        }

        return path;
    }
}
