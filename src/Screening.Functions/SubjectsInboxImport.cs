using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions;

/// <summary>
/// Imports a CSV file of subjects a client drops into <c>subjects-inbox</c> (the initial import of a customer base):
/// streamed row by row, the report in <c>processed/{file}.report.json</c>. In Azure the blob trigger is fed by Event Grid;
/// LocalHost polls the container.
/// </summary>
public sealed class SubjectsInboxImport(SubjectImport import, ILogger<SubjectsInboxImport> logger)
{
    [Function(nameof(SubjectsInboxImport))]
    public async Task Run(
        [BlobTrigger(SubjectsInbox.ContainerName + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = "Storage")] Stream content,
        string name,
        CancellationToken cancellationToken)
    {
        var report = await import.ImportAsync(name, content, cancellationToken);
        if (report is not null)
        {
            logger.LogInformation("Subjects file {Blob} imported; report at {Report}", name, SubjectsInbox.ReportName(name));
        }
    }
}
