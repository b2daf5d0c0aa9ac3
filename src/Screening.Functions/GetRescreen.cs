using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>The current re-screen of all subjects: the lists it screens against, why, and how many partitions are done.</summary>
public sealed class GetRescreen(RescreenStatusService rescreens, ILogger<GetRescreen> logger)
{
    [Function(nameof(GetRescreen))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/monitoring/rescreen")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await rescreens.CurrentAsync(cancellationToken) is { } current
                ? new ApiJsonResult(current, noStore: true)
                : ApiProblem.NotFound(request, ProblemCodes.RescreenNotFound, "No re-screen has been planned yet: lists have not been served since monitoring started."));
}
