using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

public sealed class ScreenBatch(ScreeningService screening, IValidator<ScreenBatchRequest> validator, ILogger<ScreenBatch> logger)
{
    [Function(nameof(ScreenBatch))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/screen/batch")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async requestId =>
        {
            var (body, malformed) = await RequestBody.ReadJsonAsync<ScreenBatchRequest>(request, cancellationToken);
            if (malformed is not null)
            {
                return malformed;
            }

            return await validator.ProblemAsync(request, body!, cancellationToken)
                ?? HttpFunction.Respond(request, screening.ScreenBatch(body!, new ScreeningCall(requestId, HttpFunction.Caller(request)), cancellationToken));
        });
}
