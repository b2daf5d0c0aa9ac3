namespace Screening.Infrastructure.Lists;

/// <summary><c>Lists:Download</c>: retries and timeouts of fetching a published list.</summary>
public sealed class ListDownloadOptions
{
    /// <summary>Time allowed for one attempt, headers and body included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones back off exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
