namespace Screening.Deployment.Tests.Tools;

/// <summary>
/// @action-validator/cli from the repository's package.json: validates workflow files against the GitHub Actions
/// schema with a WebAssembly build that runs offline.
/// </summary>
public static class ActionValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<string> Executable = new(Install);

    public static ProcessResult Validate(string workflowPath) =>
        ProcessRunner.Run(Executable.Value, [workflowPath], RepositoryFiles.Root, Timeout);

    private static string Install()
    {
        var path = RepositoryFiles.PathOf("node_modules", ".bin", "action-validator");
        if (File.Exists(path))
        {
            return path;
        }

        var install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], RepositoryFiles.Root, Timeout);
        if (install.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException($"Could not install the workflow validator with npm ci. {install.Describe()}");
        }

        return path;
    }
}
