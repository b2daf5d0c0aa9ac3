using Azure.Storage.Queues;
using Screening.Infrastructure.Storage;

namespace Screening.LocalHost.Queues;

/// <summary>Queue clients that decode message bodies as the host.json <c>messageEncoding</c> says (Base64 unless "none").</summary>
public static class QueueClients
{
    public static QueueServiceClient Create(StorageConnection connection, QueueHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        return connection.CreateQueueServiceClient(settings.Base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None);
    }
}
