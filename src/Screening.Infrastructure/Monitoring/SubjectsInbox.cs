using System.Text.Json;
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

    /// <summary>Writes the report, then deletes the imported file.</summary>
    public async Task CompleteAsync(string name, SubjectImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _container.GetBlobClient(ReportName(name)).UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(report, MonitoringJsonIndented.Options)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        await _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }
}
