using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

public sealed class ScreenAddress(ScreeningService screening, IValidator<ScreenAddressRequest> validator, ILogger<ScreenAddress> logger)
{
    [Function(nameof(ScreenAddress))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/screen/address")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.ScreenJsonAsync<ScreenAddressRequest, ScreeningResponse>(request, validator, logger, screening.ScreenAddress, cancellationToken);
}
