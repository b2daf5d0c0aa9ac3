using Microsoft.Azure.Functions.Worker;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions;

/// <summary>
/// Re-screens one partition of subjects; one message per partition, so a re-screen scales out with the platform's
/// instances. A message that fails five times goes to <c>monitoring-rescreen-poison</c>, where it stays visible.
/// </summary>
public sealed class RescreenPartition(RescreenService rescreen)
{
    [Function(nameof(RescreenPartition))]
    public Task Run(
        [QueueTrigger(RescreenDispatcher.QueueName, Connection = "Storage")] string message,
        CancellationToken cancellationToken) =>
        rescreen.RunAsync(RescreenDispatcher.Deserialize(message), cancellationToken);
}
