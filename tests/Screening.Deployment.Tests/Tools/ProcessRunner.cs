using System.Diagnostics;

namespace Screening.Deployment.Tests.Tools;

/// <summary>Runs a command to completion with a time limit, capturing both output streams.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start `{commandLine}`.");
        // Both streams are drained concurrently so a chatty command cannot block on a full pipe.
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}.");
        }

        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, standardOutput.GetAwaiter().GetResult(), standardError.GetAwaiter().GetResult());
    }
}
