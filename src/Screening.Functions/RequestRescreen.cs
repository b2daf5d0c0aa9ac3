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

/// <summary>Admins (bearer token with Screening.Admin): re-screen every subject against the lists served now (<c>{"reason": "..."}</c> required); 202 with the plan.</summary>
public sealed class RequestRescreen(RescreenStatusService rescreens, IValidator<RescreenRequest> validator, RoleGate gate, ILogger<RequestRescreen> logger)
{
    [Function(nameof(RequestRescreen))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/monitoring/rescreen")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await gate.RefuseAsync(request, ConsoleRoles.Admin, cancellationToken) ?? await HttpFunction.JsonAsync(request, validator, logger, async (body, call) =>
            {
                var outcome = await rescreens.RequestAsync(body.Reason!.Trim(), call.Caller, cancellationToken);
                return outcome.Value is { } planned ? new ApiJsonResult(planned, StatusCodes.Status202Accepted, noStore: true) : HttpFunction.Respond(request, outcome);
            }, cancellationToken));
}
