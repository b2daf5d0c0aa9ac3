using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Screening.Domain.Monitoring;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The queue a re-screen fans out over: one message per subject partition, read by the queue-triggered
/// <c>RescreenPartition</c> function on as many instances as the platform scales to. Messages the function fails on
/// <c>maxDequeueCount</c> times land in <see cref="PoisonQueueName"/>, where they stay visible.
/// </summary>
public sealed class RescreenDispatcher(QueueServiceClient queues)
{
    public const string QueueName = "monitoring-rescreen";
    public const string PoisonQueueName = QueueName + "-poison";
    private readonly QueueClient _queue = queues.GetQueueClient(QueueName);
    private int _created;

    public async Task EnqueuePlanAsync(RescreenPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Volatile.Read(ref _created) == 0)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }

        await Parallel.ForAsync(0, SubjectPartition.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (partition, token) =>
        {
            try
            {
                await _queue.SendMessageAsync(Serialize(new RescreenWork(plan.Key, plan.ListsKey, partition, plan.Reason, plan.Everyone, plan.PlannedAt)), token);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == "QueueNotFound")
            {
                // Storage was reset under us: create the queue again on the caller's retry.
                Volatile.Write(ref _created, 0);
                throw;
            }
        });
    }

    public static string Serialize(RescreenWork work) => JsonSerializer.Serialize(work, MonitoringJson.Options);

    public static RescreenWork Deserialize(string message) =>
        JsonSerializer.Deserialize<RescreenWork>(message, MonitoringJson.Options) ?? throw new InvalidDataException("The re-screen message is empty.");
}
