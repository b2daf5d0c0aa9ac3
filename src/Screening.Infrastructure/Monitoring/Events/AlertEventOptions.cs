namespace Screening.Infrastructure.Monitoring.Events;

/// <summary>
/// Where new alerts are published (section <c>Monitoring:Events</c>): an Event Grid custom topic taking CloudEvents 1.0.
/// Without <see cref="TopicEndpoint"/> nothing is published. In Azure the app's managed identity sends
/// (<see cref="ClientId"/> for a user-assigned one); <see cref="Key"/> is for a local receiver or emulator only.
/// </summary>
public sealed class AlertEventOptions
{
    public const string SectionName = "Monitoring:Events";

    public Uri? TopicEndpoint { get; set; }
    public string? Key { get; set; }
    public string? ClientId { get; set; }

    /// <summary>The CloudEvents <c>source</c> of every event.</summary>
    public string Source { get; set; } = "/screening/monitoring";

    /// <summary>How often alerts whose event is still pending are published again (the at-least-once sweep).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A pending event younger than this is left to the publish that follows the alert's own write.</summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => TopicEndpoint is not null;
}
