using System.Reflection;

namespace Screening.Deployment.Tests.Tools;

/// <summary>The Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 NuGet package (see the project file).</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> Executable = new(Locate);

    public static ProcessResult Run(params string[] arguments) =>
        ProcessRunner.Run(Executable.Value, arguments, RepositoryFiles.Root, Timeout);

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepExecutable")?.Value
            ?? throw new InvalidOperationException("Assembly metadata 'BicepExecutable' is missing; it is set from the restored NuGet package path.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at {path}; restore tests/Screening.Deployment.Tests.", path);
        }

        // NuGet extraction does not promise to keep the executable bit.
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode executeBits = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | executeBits);
        }

        return path;
    }
}
