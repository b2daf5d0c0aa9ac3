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
        HttpFunction.RunAsync(request, logger, async requestId =>
        {
            var (body, malformed) = await RequestBody.ReadJsonAsync<ScreenNameRequest>(request, cancellationToken);
            if (malformed is not null)
            {
                return malformed;
            }

            return await validator.ProblemAsync(request, body!, cancellationToken)
                ?? HttpFunction.Respond(request, screening.ScreenName(body!, new ScreeningCall(requestId, HttpFunction.Caller(request))));
        });
}
