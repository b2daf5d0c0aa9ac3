using System.Reflection;

namespace Screening.Testing;

/// <summary>Where the repository and the built LocalHost are, as recorded at build time.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The build output of Screening.LocalHost for the configuration the tests were built in.</summary>
    public static string LocalHostDirectory { get; } = Metadata("LocalHostDirectory");

    /// <summary>A real published list file under tests/data (see <see cref="TestData"/>).</summary>
    public static string Data(params string[] parts) => TestData.Path(parts);

    private static string Metadata(string key)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var value = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
        return value ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; build through tests/Directory.Build.props.");
    }
}
