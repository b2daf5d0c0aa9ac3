using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists.Catalog;

namespace Screening.Functions;

/// <summary>Every stored version of one source, newest first: status, counts, why it failed or is held, and whether it can be activated.</summary>
public sealed class ListVersions(ListCatalog catalog, ILogger<ListVersions> logger)
{
    [Function(nameof(ListVersions))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/lists/{source}/versions")] HttpRequest request,
        string source,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            var name = Uri.UnescapeDataString(source);
            var history = await catalog.GetVersionHistoryAsync(name, cancellationToken);
            return history is null
                ? ApiProblem.NotFound(request, ProblemCodes.SourceUnknown, ListCatalog.UnknownSourceDetail(name))
                : new ApiJsonResult(ListVersionsResponse.From(history), noStore: true);
        });
}
