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
        HttpFunction.ScreenJsonAsync<ScreenBatchRequest, ScreenBatchResponse>(request, validator, logger, (body, call) => screening.ScreenBatch(body, call, cancellationToken), cancellationToken);
}
