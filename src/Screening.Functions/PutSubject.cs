using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Validation;

namespace Screening.Functions;

/// <summary>Registers or changes a monitored subject; a new or changed one is screened at once (201 when new, else 200).</summary>
public sealed class PutSubject(SubjectService subjects, IValidator<SubjectRequest> validator, ILogger<PutSubject> logger)
{
    [Function(nameof(PutSubject))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "v1/subjects/{subjectId}")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        SubjectIds.IsValid(subjectId)
            ? HttpFunction.JsonAsync(request, validator, logger, async (body, call) =>
            {
                var outcome = await subjects.RegisterAsync(subjectId, body, call, cancellationToken);
                return outcome.Value is { Created: true } created
                    ? new ApiJsonResult(created, StatusCodes.Status201Created, noStore: true)
                    : HttpFunction.Respond(request, outcome);
            }, cancellationToken)
            : Task.FromResult<IActionResult>(ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "subjectId", SubjectIds.Rule));
}
