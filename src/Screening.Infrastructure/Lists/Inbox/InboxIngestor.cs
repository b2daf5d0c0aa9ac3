using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Domain.Sources;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Inbox;

/// <summary>
/// Files compliance staff drop into container list-inbox. The format is recognised by content; an
/// official file goes to its inferred source, anything else to <c>custom:&lt;file name&gt;</c>
/// (<see cref="CustomSourceName"/>). A valid file is ingested like a refresh and moved to processed/,
/// an invalid one to rejected/ with the parser's file, line and field; the original bytes are copied
/// before the inbox blob is deleted. A storage failure throws, leaving the blob for the trigger's retry.
/// </summary>
public sealed partial class InboxIngestor(
    ListIngestion ingestion,
    IListReader parser,
    SourceLock locks,
    SourceStateStore states,
    ListStorage storage,
    IOptions<ListsOptions> options,
    TimeProvider time,
    ILogger<InboxIngestor> logger)
{
    public const string ProcessedFolder = "processed/";
    public const string RejectedFolder = "rejected/";
    public const string Trigger = "upload";

    /// <summary>
    /// The trigger's entry: downloads the upload once and names this run by the ETag of exactly the version downloaded,
    /// so a file dropped again under the same name while this one is ingested is never filed as this run's.
    /// </summary>
    public async Task<InboxResult> IngestAsync(string blobName, BlobClient upload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        ArgumentNullException.ThrowIfNull(upload);
        if (IsFiled(blobName))
        {
            return InboxResult.Skip(blobName);
        }

        BlobDownloadResult downloaded;
        try
        {
            downloaded = (await upload.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Filed and deleted already (an event delivered twice): nothing left to ingest.
            return InboxResult.Skip(blobName);
        }

        return await IngestAsync(blobName, downloaded.Content, downloaded.Details.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Content that was not read from the inbox blob here: no version names the run, so a retry cannot recognise its own filing.</summary>
    public Task<InboxResult> IngestAsync(string blobName, BinaryData content, CancellationToken cancellationToken) =>
        IngestAsync(blobName, content, version: null, cancellationToken);

    /// <param name="blobName">The inbox blob's name.</param>
    /// <param name="content">The upload's bytes.</param>
    /// <param name="version">The ETag of the inbox blob version <paramref name="content"/> was read from, or null when unknown.</param>
    /// <param name="cancellationToken">Cancels the ingestion.</param>
    public async Task<InboxResult> IngestAsync(string blobName, BinaryData content, ETag? version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        ArgumentNullException.ThrowIfNull(content);
        if (IsFiled(blobName))
        {
            return InboxResult.Skip(blobName);
        }

        var fileName = ListBlobPaths.SafeFileName(blobName);
        var source = SourceOf(fileName, content);
        if (source is null)
        {
            var problem = new ListProblem($"{fileName}: the file name gives no list name; name the file after the list, for example acme-watchlist.csv.", fileName);
            return await RejectAsync(blobName, content, version, null, new IngestionResult("unknown", ListRefreshOutcome.Failed, Problem: problem), cancellationToken).ConfigureAwait(false);
        }

        var result = await IngestLockedAsync(source, fileName, content, cancellationToken).ConfigureAwait(false);
        await states.RecordAsync(new RefreshAttempt(source, time.GetUtcNow(), result.Outcome, result.VersionId, result.Problem?.Message, Trigger), null, null, cancellationToken).ConfigureAwait(false);
        return result.Outcome == ListRefreshOutcome.Failed
            ? await RejectAsync(blobName, content, version, source, result, cancellationToken).ConfigureAwait(false)
            : await AcceptAsync(blobName, content, version, result, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsFiled(string blobName) =>
        blobName.StartsWith(ProcessedFolder, StringComparison.Ordinal) || blobName.StartsWith(RejectedFolder, StringComparison.Ordinal);

    private string? SourceOf(string fileName, BinaryData content)
    {
        try
        {
            var official = parser.InferSource(ListInput.FromBytes(string.Empty, fileName, content.ToArray()));
            if (official is not null)
            {
                return official;
            }
        }
        catch (ListParseException)
        {
            // Unreadable content is reported by the parse itself, under the name the file gives.
        }

        return CustomSourceName.FromFileName(fileName);
    }

    private async Task<IngestionResult> IngestLockedAsync(string source, string fileName, BinaryData content, CancellationToken cancellationToken)
    {
        // A scheduled refresh of the same source may hold the lock for a while; wait for it rather than fail the upload.
        var deadline = time.GetUtcNow() + options.Value.LeaseDuration * 2;
        while (true)
        {
            var held = await locks.TryAcquireAsync(source, cancellationToken).ConfigureAwait(false);
            if (held is not null)
            {
                await using (held.ConfigureAwait(false))
                {
                    return await ingestion.IngestAsync(new IngestionRequest(source, fileName, content, null, Trigger), cancellationToken).ConfigureAwait(false);
                }
            }

            if (time.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"{source} stayed locked by another writer; the upload {fileName} will be retried.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InboxResult> AcceptAsync(string blobName, BinaryData content, ETag? version, IngestionResult result, CancellationToken cancellationToken)
    {
        var target = ProcessedFolder + blobName;
        var report = new InboxReport(blobName, result.Source, result.Outcome, time.GetUtcNow(), result.VersionId, result.PreviousVersionId, result.Counts, result.Delta, result.Problem);
        await MoveAsync(blobName, content, version, target, target + ".result.json", report, cancellationToken).ConfigureAwait(false);
        LogAccepted(logger, blobName, result.Source, result.Outcome, result.VersionId ?? "none");
        return new InboxResult(blobName, false, result, target);
    }

    private async Task<InboxResult> RejectAsync(string blobName, BinaryData content, ETag? version, string? source, IngestionResult result, CancellationToken cancellationToken)
    {
        var target = RejectedFolder + blobName;
        var report = new InboxReport(blobName, source, ListRefreshOutcome.Failed, time.GetUtcNow(), result.VersionId, Error: result.Problem);
        await MoveAsync(blobName, content, version, target, target + ".error.json", report, cancellationToken).ConfigureAwait(false);
        LogRejected(logger, blobName, result.Problem?.Message ?? "unknown");
        return new InboxResult(blobName, false, result, target);
    }

    private async Task MoveAsync(string blobName, BinaryData content, ETag? version, string target, string reportPath, InboxReport report, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var inbox = storage.Container(ListTables.InboxContainer);

        // The downloaded version's ETag names this run on what it files, so a trigger retried after the final delete
        // failed recognises its own filing instead of keeping it a second time under a stamped name.
        var run = version is { } etag ? FiledBlobs.RunOf(etag) : null;

        // Copy first, report second, delete last: a failure at any step leaves the original somewhere.
        await FiledBlobs.KeepEarlierAsync(inbox, target, reportPath, run, cancellationToken).ConfigureAwait(false);
        await inbox.GetBlobClient(target).UploadAsync(content, new BlobUploadOptions { Metadata = FiledBlobs.Filed(run) }, cancellationToken).ConfigureAwait(false);
        await inbox.GetBlobClient(reportPath).UploadAsync(BinaryData.FromObjectAsJson(report, ListJson.Indented), new BlobUploadOptions { Metadata = FiledBlobs.Filed(run) }, cancellationToken).ConfigureAwait(false);
        await DeleteIfUnchangedAsync(inbox.GetBlobClient(blobName), content, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the inbox blob only while it still holds the bytes that were processed. A file dropped again under the
    /// same name during ingestion is a new upload: deleting it would lose it unread, so it stays for its own trigger
    /// (Event Grid sends a new event; LocalHost's receipts are per ETag). With the downloaded version's ETag known, the
    /// service decides in the delete itself; without it, the blob's MD5 or bytes are compared with those processed.
    /// </summary>
    private async Task DeleteIfUnchangedAsync(BlobClient blob, BinaryData processed, ETag? version, CancellationToken cancellationToken)
    {
        if (version is { } downloaded)
        {
            await DeleteIfStillAsync(blob, downloaded, cancellationToken).ConfigureAwait(false);
            return;
        }

        ETag etag;
        bool unchanged;
        try
        {
            // The service's MD5 of the blob answers without a second download; blobs uploaded in blocks have none.
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            etag = properties.ETag;
            if (properties.ContentHash is { Length: 16 } md5)
            {
#pragma warning disable CA5351 // Content-MD5 is the service's integrity checksum; it is compared, not relied on for security.
                unchanged = md5.AsSpan().SequenceEqual(MD5.HashData(processed.ToMemory().Span));
#pragma warning restore CA5351
            }
            else
            {
                var current = (await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }, cancellationToken).ConfigureAwait(false)).Value;
                unchanged = current.Content.ToMemory().Span.SequenceEqual(processed.ToMemory().Span);
            }
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Gone already, or replaced between the two reads: either way nothing of ours is left to delete.
            return;
        }

        if (!unchanged)
        {
            LogReplaced(logger, blob.Name);
            return;
        }

        await DeleteIfStillAsync(blob, etag, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteIfStillAsync(BlobClient blob, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await blob.DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            LogReplaced(logger, blob.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {BlobName}: {Source} {Outcome}, version {VersionId}")]
    private static partial void LogAccepted(ILogger logger, string blobName, string source, ListRefreshOutcome outcome, string versionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {BlobName} was replaced while it was ingested; the new file stays in the inbox for its own run")]
    private static partial void LogReplaced(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload {BlobName} rejected: {Problem}")]
    private static partial void LogRejected(ILogger logger, string blobName, string problem);
}
