using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The <c>subjects-inbox</c> container clients drop CSV files of subjects into. The file is read by the blob trigger;
/// this writes its report under <c>processed/</c> (with the file itself when any of it was rejected) and then removes
/// the file, so a file is imported once.
/// </summary>
public sealed class SubjectsInbox(BlobServiceClient blobs)
{
    public const string ContainerName = "subjects-inbox";
    public const string ProcessedPrefix = "processed/";
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(ContainerName);

    public static bool IsReport(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith(ProcessedPrefix, StringComparison.Ordinal);
    }

    public static string ReportName(string name) => $"{ProcessedPrefix}{name}.report.json";

    /// <summary>The version of a dropped file as its import starts, so only that version is deleted when it ends.</summary>
    public async Task<ETag?> VersionOfAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The imported file as kept beside its report when any of it was rejected.</summary>
    public static string KeptFileName(string name) => ProcessedPrefix + name;

    /// <summary>
    /// Files the report, then deletes the imported file only while it is still the version imported: a file dropped
    /// again under the same name during the import is a new upload and stays for its own trigger, never lost unread.
    /// When rows (or the whole file) were rejected, the file as imported is kept beside its report first, so the client
    /// can correct exactly what was refused; the report and file of an earlier import of the same name are kept under
    /// a name stamped with when they were filed.
    /// </summary>
    public async Task CompleteAsync(string name, ETag? imported, SubjectImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var kept = KeptFileName(name);
        var run = imported is { } upload ? FiledBlobs.RunOf(upload) : null;
        await FiledBlobs.KeepEarlierAsync(_container, kept, ReportName(name), run, cancellationToken);
        var keepFile = report.Rejected > 0 || report.FileError is not null;
        if (keepFile && imported is { } importedVersion)
        {
            try
            {
                await FiledBlobs.CopyAsync(_container, name, kept, importedVersion, cancellationToken, run);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                // Replaced or removed by the client during the import: the version imported is no longer there to keep
                // (the report still lists every rejected row), and a replacement is imported by its own trigger.
                await _container.GetBlobClient(kept).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }
        }
        else
        {
            // The earlier import's kept file (if any) now sits under its stamped name; it must not pass for this one's.
            await _container.GetBlobClient(kept).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }

        await _container.GetBlobClient(ReportName(name)).UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(report, MonitoringJsonIndented.Options)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" }, Metadata = FiledBlobs.Filed(run) },
            cancellationToken);
        if (imported is not { } version)
        {
            return;
        }

        try
        {
            await _container.GetBlobClient(name).DeleteIfExistsAsync(
                conditions: new BlobRequestConditions { IfMatch = version }, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Replaced while it was imported: the new upload is imported by its own trigger.
        }
    }
}
