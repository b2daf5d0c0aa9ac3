using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>
/// Records a reviewer's decision on an alert (true_match, false_positive, escalated) with the reason, who and when. Who is
/// the person (or application) of the bearer token holding Screening.Reviewer, never a key's name.
/// </summary>
public sealed class DecideAlert(AlertService alerts, IValidator<AlertDecisionRequest> validator, RoleGate gate, ILogger<DecideAlert> logger)
{
    [Function(nameof(DecideAlert))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/alerts/{alertId}/decision")] HttpRequest request,
        string alertId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await gate.RefuseAsync(request, ConsoleRoles.Reviewer, cancellationToken) ?? await HttpFunction.JsonAsync(request, validator, logger, async (body, call) =>
                HttpFunction.Respond(request, await alerts.DecideAsync(alertId, AlertService.ParseDisposition(body.Disposition!), body.Reason!.Trim(), call, cancellationToken)),
                cancellationToken));
}
