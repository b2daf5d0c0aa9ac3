using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The <c>subjects-inbox</c> container clients drop CSV files of subjects into. The file is read by the blob trigger;
/// this writes its report under <c>processed/</c> and then removes the file, so a file is imported once.
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

    /// <summary>
    /// Writes the report, then deletes the imported file only while it is still the version imported: a file dropped
    /// again under the same name during the import is a new upload and stays for its own trigger, never lost unread.
    /// </summary>
    public async Task CompleteAsync(string name, ETag? imported, SubjectImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _container.GetBlobClient(ReportName(name)).UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(report, MonitoringJsonIndented.Options)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
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
