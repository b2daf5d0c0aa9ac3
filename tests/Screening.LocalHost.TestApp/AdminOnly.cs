using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Screening.LocalHost.TestApp;

public sealed class AdminOnly(InvocationLog log)
{
    [Function(nameof(AdminOnly))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin/invocations")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(new { ticks = log.Ticks.Count, blobs = log.Blobs.Select(b => new { name = b.Name, content = b.Content }), messages = log.Messages.ToArray() });
    }
}
