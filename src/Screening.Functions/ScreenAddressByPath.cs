using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

/// <summary>The GET form of address screening, for clients that cannot send a body.</summary>
public sealed class ScreenAddressByPath(ScreeningService screening, IValidator<ScreenAddressRequest> validator, ILogger<ScreenAddressByPath> logger)
{
    [Function(nameof(ScreenAddressByPath))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/screen/address/{address}")] HttpRequest request,
        string address,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async requestId =>
        {
            var chain = request.Query["chain"].ToString();
            var body = new ScreenAddressRequest(Uri.UnescapeDataString(address), chain.Length == 0 ? null : chain);
            return await validator.ProblemAsync(request, body, cancellationToken)
                ?? HttpFunction.Respond(request, screening.ScreenAddress(body, new ScreeningCall(requestId, HttpFunction.Caller(request))));
        });
}
