using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Functions;

/// <summary>Refreshes every configured source on <c>Lists:RefreshSchedule</c> (hourly by default).</summary>
public sealed class RefreshListsTimer(ListRefreshService refresh, ILogger<RefreshListsTimer> logger)
{
    [Function(nameof(RefreshListsTimer))]
    public async Task Run([TimerTrigger("%Lists:RefreshSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var results = await refresh.RefreshAllAsync(cancellationToken);
        foreach (var result in results)
        {
            if (result.Outcome == ListRefreshOutcome.Failed)
            {
                logger.LogWarning("Refresh of {Source} failed: {Problem}; the previous version stays active", result.Source, result.Problem?.Message);
            }
            else
            {
                logger.LogInformation("Refresh of {Source}: {Outcome} (version {Version})", result.Source, result.Outcome, result.VersionId);
            }
        }
    }
}
