using Screening.Deployment.Tests.Arm;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Infra;

/// <summary>Every infra/**/*.bicep compiled to ARM JSON and linted once, shared by the infra tests.</summary>
public sealed class CompiledInfra : IDisposable
{
    private const string Pattern = "infra/**/*.bicep";

    public CompiledInfra()
    {
        OutputDirectory = Directory.CreateTempSubdirectory("screening-bicep-").FullName;
        Build = BicepCli.Run("build", "--pattern", Pattern, "--outdir", OutputDirectory);
        Lint = BicepCli.Run("lint", "--pattern", Pattern);
    }

    public string OutputDirectory { get; }

    public ProcessResult Build { get; }

    public ProcessResult Lint { get; }

    /// <summary>The Bicep sources, relative to infra/ with '/' separators.</summary>
    public static IReadOnlyList<string> Sources { get; } =
        [.. Directory.EnumerateFiles(RepositoryFiles.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.InfraDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public ArmDeployment Main => Template("main.bicep");

    public ArmDeployment ListInboxSubscription => Template("app/list-inbox-subscription.bicep");

    public string CompiledPath(string source) => Path.Combine(OutputDirectory, Path.ChangeExtension(source, ".json"));

    public ArmDeployment Template(string source)
    {
        var path = CompiledPath(source);
        return File.Exists(path)
            ? ArmDeployment.Load(path)
            : throw new FileNotFoundException($"infra/{source} did not compile. {Build.Describe()}", path);
    }

    public void Dispose() => Directory.Delete(OutputDirectory, recursive: true);
}
