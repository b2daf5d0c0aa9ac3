using System.Text.RegularExpressions;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Repository;

/// <summary>
/// A clone with nothing beside it must build, test and run: no file of the repository may reach for data outside
/// it (the sanctions files the developers' machines happen to hold beside the checkout are not in anyone's clone).
/// </summary>
public sealed class SelfContainedTests
{
    private static readonly string[] Skipped = [".git", "node_modules", "bin", "obj", ".azurite", "TestResults", "BenchmarkDotNet.Artifacts", ".tools"];

    [Fact]
    public void No_file_refers_to_data_outside_the_repository()
    {
        var offenders = Files(RepositoryFiles.Root)
            .Where(path => !path.StartsWith(Path.Combine(RepositoryFiles.Root, "tests", "data") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(path => new FileInfo(path).Length < 2_000_000 && OutsideData().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .ToList();

        Assert.True(offenders.Count == 0, "These files refer to data outside the repository: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_README_loads_lists_from_files_inside_the_repository()
    {
        var readme = RepositoryFiles.Read("README.md");
        var command = readme.Split('\n').Single(line => line.StartsWith("./build.sh load-lists ", StringComparison.Ordinal));

        var paths = command["./build.sh load-lists ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(
            File.Exists(RepositoryFiles.PathOf(path)) || Directory.Exists(RepositoryFiles.PathOf(path)), $"{path} is not in the repository"));
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory).Concat(Directory.EnumerateDirectories(directory)
            .Where(sub => !Skipped.Contains(Path.GetFileName(sub)))
            .SelectMany(Files));

    // The folder beside the first checkouts that held the list files, spelt relative, by its data folder, or absolute;
    // assembled from parts so this file does not match itself.
    private static readonly string Beside = "sha" + "red";

    private static Regex OutsideData() => new($@"\.\./{Beside}\b|\b{Beside}/data\b|/work/{Beside}\b", RegexOptions.CultureInvariant);
}
