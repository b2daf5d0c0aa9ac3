using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Functions;

/// <summary>List approvers (bearer token with Screening.ListApprover): refresh every source now, or one with <c>?source=</c>, and report what each did.</summary>
public sealed class RefreshLists(ListRefreshService refresh, RoleGate gate, ILogger<RefreshLists> logger)
{
    [Function(nameof(RefreshLists))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/lists/refresh")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (await gate.RefuseAsync(request, ConsoleRoles.ListApprover, cancellationToken) is { } refused)
            {
                return refused;
            }

            var source = request.Query["source"].ToString();
            if (source.Length == 0)
            {
                return new ApiJsonResult(RefreshResponse.From(await refresh.RefreshAllAsync(cancellationToken)), noStore: true);
            }

            if (!refresh.Sources.ContainsKey(source))
            {
                return ApiProblem.BadRequest(request, ProblemCodes.SourceUnknown, "source",
                    $"'{source}' is not a configured source; configured: {string.Join(", ", refresh.Sources.Keys.Order(StringComparer.Ordinal))}.");
            }

            return new ApiJsonResult(RefreshResponse.From([await refresh.RefreshAsync(source, cancellationToken)]), noStore: true);
        });
}
