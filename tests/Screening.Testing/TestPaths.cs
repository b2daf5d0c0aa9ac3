using System.Reflection;

namespace Screening.Testing;

/// <summary>Where the repository and the shared real list files are, as recorded at build time.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The real published sanctions files, <c>../shared/data</c> from the repository root.</summary>
    public static string SharedData { get; } = Metadata("SharedDataDirectory");

    /// <summary>The build output of Screening.LocalHost for the configuration the tests were built in.</summary>
    public static string LocalHostDirectory { get; } = Metadata("LocalHostDirectory");

    public static string Data(params string[] parts) => Path.Combine([SharedData, .. parts]);

    private static string Metadata(string key)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var value = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
        return value ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; build through tests/Directory.Build.props.");
    }
}
