using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>Records a reviewer's decision on an alert (true_match, false_positive, escalated) with the reason, who (the key's name) and when.</summary>
public sealed class DecideAlert(AlertService alerts, IValidator<AlertDecisionRequest> validator, ILogger<DecideAlert> logger)
{
    [Function(nameof(DecideAlert))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/alerts/{alertId}/decision")] HttpRequest request,
        string alertId,
        CancellationToken cancellationToken) =>
        HttpFunction.JsonAsync(request, validator, logger, async (body, call) =>
            HttpFunction.Respond(request, await alerts.DecideAsync(alertId, AlertService.ParseDisposition(body.Disposition!), body.Reason!.Trim(), call, cancellationToken)),
            cancellationToken);
}
