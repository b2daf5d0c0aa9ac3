using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists.Versions;

namespace Screening.Functions;

/// <summary>
/// Admin: serve a stored version of a source, a held one (approval) or a superseded one still retained
/// (rollback). A <c>reason</c> is required, as a JSON body <c>{"reason": "..."}</c> or, without a body,
/// as <c>?reason=</c>; it is kept in the source's refresh history.
/// </summary>
public sealed class ActivateListVersion(ListVersionActivation activation, IValidator<ActivateVersionRequest> validator, ILogger<ActivateListVersion> logger)
{
    public const string ReasonParameter = "reason";

    [Function(nameof(ActivateListVersion))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "v1/lists/{source}/versions/{versionId}/activate")] HttpRequest request,
        string source,
        string versionId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            var (body, problem) = await ReadAsync(request, cancellationToken);
            problem ??= await validator.ProblemAsync(request, body!, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var reason = body!.Reason!.Trim();
            var result = await activation.ActivateAsync(
                new VersionActivationRequest(Uri.UnescapeDataString(source), Uri.UnescapeDataString(versionId), reason, HttpFunction.Caller(request)), cancellationToken);
            return result.Outcome switch
            {
                VersionActivationOutcome.Activated => new ApiJsonResult(ActivateVersionResponse.From(result, reason), noStore: true),
                VersionActivationOutcome.SourceUnknown => ApiProblem.NotFound(request, ProblemCodes.SourceUnknown, result.Detail),
                VersionActivationOutcome.VersionUnknown => ApiProblem.NotFound(request, ProblemCodes.VersionUnknown, result.Detail),
                VersionActivationOutcome.NotActivatable => ApiProblem.Conflict(request, ProblemCodes.VersionNotActivatable, result.Detail),
                _ => ApiProblem.Conflict(request, ProblemCodes.SourceBusy, result.Detail),
            };
        });

    /// <summary>The reason from the JSON body, or from the query string when there is no body; never both.</summary>
    private static async Task<(ActivateVersionRequest? Body, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query[ReasonParameter];
        if (!RequestBody.HasContent(request))
        {
            return (new ActivateVersionRequest(query.Count == 0 ? null : query.ToString()), null);
        }

        if (query.Count > 0)
        {
            return (null, ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, ReasonParameter, "Give the reason in the JSON body or in the query string, not both."));
        }

        return await RequestBody.ReadJsonAsync<ActivateVersionRequest>(request, cancellationToken);
    }
}
