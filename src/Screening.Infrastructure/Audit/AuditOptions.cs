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
}
