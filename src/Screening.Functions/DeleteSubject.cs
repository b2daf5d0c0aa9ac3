using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>Deregisters a subject: no longer screened, but it, its alerts and their history are kept (200 with the subject as it now stands).</summary>
public sealed class DeleteSubject(SubjectService subjects, ILogger<DeleteSubject> logger)
{
    [Function(nameof(DeleteSubject))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "v1/subjects/{subjectId}")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
            await subjects.DeregisterAsync(subjectId, cancellationToken) is { } subject
                ? new ApiJsonResult(subject, noStore: true)
                : ApiProblem.NotFound(request, ProblemCodes.SubjectNotFound, $"No subject is registered under '{subjectId}'."));
}
