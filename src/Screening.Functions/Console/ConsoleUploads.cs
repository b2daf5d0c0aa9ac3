using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Screening.Infrastructure.Lists.Inbox;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Console;

/// <summary>
/// List files dropped through the console: the file goes into list-inbox exactly as a storage tool would put it
/// (so the inbox ingests it the same way), and who uploaded which content is kept by content hash, the same
/// SHA-256 a version records, so an approval can refuse the person who uploaded the held content (four eyes).
/// </summary>
public sealed class ConsoleUploads(ListStorage storage, TimeProvider clock)
{
    public async Task<ConsoleUpload> UploadAsync(string fileName, BinaryData content, ConsolePerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(person);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span));
        var uploadedAt = clock.GetUtcNow();
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        // Recorded before the file lands: the inbox may hold it for approval within a second of the upload.
        await table.UpsertEntityAsync(new TableEntity(hash, TableKey.Escape(person.Id))
        {
            ["UploadedBy"] = person.Actor,
            ["FileName"] = fileName,
            ["UploadedAt"] = uploadedAt,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

        await storage.Container(ListTables.InboxContainer).GetBlobClient(fileName).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return new ConsoleUpload(fileName, hash, person.Actor, uploadedAt);
    }

    /// <summary>Whether <paramref name="person"/> uploaded content with this hash through the console.</summary>
    public async Task<bool> UploadedByAsync(string contentHash, ConsolePerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(contentHash, TableKey.Escape(person.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    /// <summary>The inbox's report of an upload (processed/… .result.json or rejected/… .error.json), the newer if both exist; null while it is being ingested.</summary>
    public async Task<BinaryData?> ReportAsync(string fileName, CancellationToken cancellationToken)
    {
        var inbox = storage.Container(ListTables.InboxContainer);
        BinaryData? newest = null;
        DateTimeOffset newestAt = DateTimeOffset.MinValue;
        foreach (var path in new[] { $"{InboxIngestor.ProcessedFolder}{fileName}.result.json", $"{InboxIngestor.RejectedFolder}{fileName}.error.json" })
        {
            try
            {
                var download = await inbox.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                if (download.Value.Details.LastModified > newestAt)
                {
                    newestAt = download.Value.Details.LastModified;
                    newest = download.Value.Content;
                }
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Not (yet) reported under this folder.
            }
        }

        return newest;
    }

    /// <summary>The table is created once with the list store's other tables, not on every upload and approval.</summary>
    private async Task<TableClient> TableAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return storage.Table(ListTables.ConsoleUploads);
    }
}
