namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// An alert kept changing under a status change: every attempt read it, and another writer changed it before the write
/// landed. Nothing was written; the caller can retry.
/// </summary>
public sealed class AlertConflictException : Exception
{
    public AlertConflictException()
    {
    }

    public AlertConflictException(string message)
        : base(message)
    {
    }

    public AlertConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AlertConflictException(string alertId, int attempts, Exception innerException)
        : base($"Alert '{alertId}' was changed by someone else on each of {attempts} attempts; nothing was written.", innerException)
    {
        AlertId = alertId;
    }

    public string? AlertId { get; }
}
