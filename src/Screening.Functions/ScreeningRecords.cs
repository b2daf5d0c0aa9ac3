using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Infrastructure.Audit;

namespace Screening.Functions;

/// <summary>Admin: the audit records of one request, for a compliance review of what was asked and answered.</summary>
public sealed class ScreeningRecords(AuditStore audit, ILogger<ScreeningRecords> logger)
{
    [Function(nameof(ScreeningRecords))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "v1/screenings/{requestId}")] HttpRequest request,
        string requestId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            var records = await audit.GetByRequestAsync(requestId, cancellationToken);
            return records.Count == 0
                ? ApiProblem.NotFound(request, ProblemCodes.ScreeningNotFound, $"No screening is recorded under request id '{requestId}' (records are written within a second of the answer).")
                : new ApiJsonResult(new { requestId, records }, noStore: true);
        });
}
