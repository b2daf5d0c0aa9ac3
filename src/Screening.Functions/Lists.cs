using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists.Catalog;

namespace Screening.Functions;

/// <summary>Every source: what is served, its counts, and how the last refresh or upload went.</summary>
public sealed class Lists(ListCatalog catalog, ILogger<Lists> logger)
{
    [Function(nameof(Lists))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/lists")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            new ApiJsonResult(ListsResponse.From(await catalog.GetListsAsync(cancellationToken)), noStore: true));
}
