using System.Text.Json;

namespace Screening.Infrastructure.Monitoring;

/// <summary>Monitoring's JSON shape, indented, for files people read (import reports).</summary>
public static class MonitoringJsonIndented
{
    public static JsonSerializerOptions Options { get; } = new(MonitoringJson.Options) { WriteIndented = true };
}
