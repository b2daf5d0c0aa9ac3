using Screening.Functions.Services;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>The request id and caller the monitoring tests act as.</summary>
internal static class Calls
{
    public static ScreeningCall Test { get; } = new("req-monitoring", "reviewer-1");
}
