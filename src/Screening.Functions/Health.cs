using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Screening.Functions;

public sealed class Health(TimeProvider clock)
{
    [Function(nameof(Health))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return new ObjectResult(new { status = "unavailable", code = "lists.unavailable", checkedAt = clock.GetUtcNow() }) { StatusCode = 503 };
    }
}
