namespace Screening.Deployment.Tests.Tools;

/// <summary>What a finished command said and how it exited.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() =>
        $"`{CommandLine}` exited {ExitCode}.{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}
