using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Functions.Services;

/// <summary>
/// In development (<c>Lists:RefreshOnStartup</c>), refreshes every source once when the app starts, so a fresh
/// local run does not wait an hour for the timer. Off in Azure, where the timer's schedule is enough.
/// </summary>
public sealed class StartupRefresh(ListRefreshService refresh, IConfiguration configuration, ILogger<StartupRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Lists:RefreshOnStartup"))
        {
            return;
        }

        try
        {
            foreach (var result in await refresh.RefreshAllAsync(stoppingToken))
            {
                logger.LogInformation("Start-up refresh of {Source}: {Outcome} {Problem}", result.Source, result.Outcome, result.Problem?.Message);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Start-up refresh failed; the timer tries again on schedule");
        }
    }
}
