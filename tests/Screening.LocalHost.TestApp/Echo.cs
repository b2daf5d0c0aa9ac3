using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Screening.LocalHost.TestApp;

public sealed class Echo
{
    [Function(nameof(Echo))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "echo/{id:int}/{label?}")] HttpRequest request,
        int id,
        string? label,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var caller = request.HttpContext.User.FindFirst("http://schemas.microsoft.com/2017/07/functions/claims/keyid")?.Value;
        return new OkObjectResult(new { id, label, method = request.Method, caller });
    }
}
