using Screening.Testing;

namespace Screening.Deployment.Tests.Tools;

/// <summary>Paths of the deployment files under test, relative to the repository root.</summary>
public static class RepositoryFiles
{
    public static string Root => TestPaths.RepositoryRoot;

    public static string InfraDirectory => Path.Combine(Root, "infra");

    public static string WorkflowsDirectory => Path.Combine(Root, ".github", "workflows");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts)
    {
        var path = PathOf(parts);
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"Expected {path} in the repository.", path);
    }
}
