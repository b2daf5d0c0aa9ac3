using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>One registered subject, active or deregistered, with when it was last screened and against what.</summary>
public sealed class GetSubject(SubjectService subjects, ILogger<GetSubject> logger)
{
    [Function(nameof(GetSubject))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/subjects/{subjectId}")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await subjects.GetAsync(subjectId, cancellationToken) is { } subject
                ? new ApiJsonResult(subject, noStore: true)
                : ApiProblem.NotFound(request, ProblemCodes.SubjectNotFound, $"No subject is registered under '{subjectId}'."));
}
