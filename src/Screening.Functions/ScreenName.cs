using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

public sealed class ScreenName(ScreeningService screening, IValidator<ScreenNameRequest> validator, ILogger<ScreenName> logger)
{
    [Function(nameof(ScreenName))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/screen/name")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.ScreenJsonAsync<ScreenNameRequest, ScreeningResponse>(request, validator, logger, screening.ScreenName, cancellationToken);
}
