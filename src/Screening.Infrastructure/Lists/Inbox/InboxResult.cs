using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Infrastructure.Lists.Inbox;

/// <summary>
/// What became of an uploaded blob: <see cref="Ignored"/> for the inbox's own processed/ and rejected/
/// blobs, otherwise the ingestion result and where the file was moved.
/// </summary>
public sealed record InboxResult(string BlobName, bool Ignored, IngestionResult? Result = null, string? MovedTo = null)
{
    public static InboxResult Skip(string blobName) => new(blobName, Ignored: true);
}
