namespace Screening.Infrastructure.Monitoring;

/// <summary>Table names of ongoing monitoring (docs/monitoring.md explains each layout).</summary>
public static class MonitoringTables
{
    public const string Subjects = "MonitoredSubjects";
    public const string Alerts = "MonitoringAlerts";
    public const string AlertPairs = "MonitoringAlertPairs";
    public const string Rescreens = "MonitoringRescreens";
}
