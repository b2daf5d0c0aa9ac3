using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Infrastructure.Lists.Inbox;

namespace Screening.Functions;

/// <summary>
/// Ingests a list file compliance staff drop into <c>list-inbox</c>. In Azure (Flex Consumption) the blob
/// trigger is fed by Event Grid; LocalHost polls the container. The file ends up under processed/ or rejected/.
/// </summary>
public sealed class ListInbox(InboxIngestor ingestor, ILogger<ListInbox> logger)
{
    [Function(nameof(ListInbox))]
    public async Task Run(
        [BlobTrigger("list-inbox/{name}", Source = BlobTriggerSource.EventGrid, Connection = "Storage")] BlobClient upload,
        string name,
        CancellationToken cancellationToken)
    {
        // The client, not the bytes: the ingestor downloads the upload itself, so it knows the ETag of exactly the
        // version it ingests (which names the run on what it files).
        var result = await ingestor.IngestAsync(name, upload, cancellationToken);
        if (!result.Ignored)
        {
            logger.LogInformation("Upload {Blob}: {Outcome}, moved to {MovedTo}", name, result.Result?.Outcome, result.MovedTo);
        }
    }
}
