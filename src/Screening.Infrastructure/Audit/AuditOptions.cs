namespace Screening.Infrastructure.Audit;

/// <summary>Audit trail settings (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Records waiting to be written; when full, screening answers 503 rather than skip a record.</summary>
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How long records are kept; five years is the usual record-keeping period for sanctions screening.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(5 * 365 + 1);

    /// <summary>Longest a record waits in the queue before its batch is written.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public string TableName { get; set; } = "ScreeningAudit";

    /// <summary>How long a shutdown keeps retrying the audit writes still pending before it logs and spills them instead.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where records that could not be written by shutdown are kept for the next start to write (local disk; in Azure
    /// it survives a restart of the same instance only, so every such record is also logged in full, event 7301).
    /// </summary>
    public string SpillDirectory { get; set; } = DefaultSpillDirectory();

    /// <summary>
    /// Under the app's own local data folder (<c>~/.local/share</c> on Linux and macOS, <c>%LOCALAPPDATA%</c> on Windows)
    /// rather than the shared temporary folder, where another account could have made the folder first; the temporary
    /// folder only where the process has no home to resolve one from.
    /// </summary>
    public static string DefaultSpillDirectory()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.GetTempPath() : data, "Screening", "audit-spill");
    }
}
