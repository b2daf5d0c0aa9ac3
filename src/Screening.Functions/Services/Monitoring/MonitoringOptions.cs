namespace Screening.Functions.Services.Monitoring;

/// <summary>Settings of ongoing monitoring (section <c>Monitoring</c>).</summary>
public sealed class MonitoringOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>How often each instance compares the lists it serves with the current re-screen plan (an in-memory check, plus one row read).</summary>
    public TimeSpan PlanCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A plan claimed but not marked enqueued for this long is taken as interrupted and enqueued again.</summary>
    public TimeSpan StalePlanAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Subjects screened side by side within one partition message.</summary>
    public int ScreeningConcurrency { get; set; } = Environment.ProcessorCount;
}
