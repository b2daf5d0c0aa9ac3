using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

/// <summary>200 when lists are loaded and fresh; otherwise 503 with the reason, for load balancers and on-call staff.</summary>
public sealed class Health(IActiveIndex activeIndex, TimeProvider clock, ILogger<Health> logger)
{
    [Function(nameof(Health))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, _ =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = activeIndex.Current;
            IActionResult result = state.Availability switch
            {
                ListsAvailability.Ready => new ApiJsonResult(new { status = "ok", lists = state.Lists, checkedAt = clock.GetUtcNow() }, noStore: true),
                ListsAvailability.Stale => ApiProblem.Unavailable(request, ProblemCodes.ListsStale, state.Detail),
                _ => ApiProblem.Unavailable(request, ProblemCodes.ListsUnavailable, state.Detail),
            };
            return Task.FromResult(result);
        });
}
