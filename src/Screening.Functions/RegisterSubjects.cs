using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>Registers up to 1,000 subjects; each gets its own result, an invalid one its own problem.</summary>
public sealed class RegisterSubjects(SubjectService subjects, IValidator<SubjectBatchRequest> validator, ILogger<RegisterSubjects> logger)
{
    [Function(nameof(RegisterSubjects))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/subjects/batch")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.JsonAsync(request, validator, logger, async (body, call) =>
            HttpFunction.Respond(request, await subjects.RegisterBatchAsync(body, call, cancellationToken)), cancellationToken);
}
