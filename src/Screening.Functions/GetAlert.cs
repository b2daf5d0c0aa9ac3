using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>One alert: subject and listed entity side by side, score, explanation, the list version that raised it, and its history.</summary>
public sealed class GetAlert(AlertService alerts, ILogger<GetAlert> logger)
{
    [Function(nameof(GetAlert))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/alerts/{alertId}")] HttpRequest request,
        string alertId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await alerts.GetAsync(alertId, cancellationToken) is { } alert
                ? new ApiJsonResult(alert, noStore: true)
                : ApiProblem.NotFound(request, ProblemCodes.AlertNotFound, $"No alert '{alertId}'."));
}
