namespace Screening.Infrastructure.Monitoring;

/// <summary>One page of a listing and the opaque cursor of the next page (null on the last).</summary>
public sealed record MonitoringPage<T>(IReadOnlyList<T> Items, PageCursor? Next);
