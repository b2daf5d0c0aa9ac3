using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Contracts;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Versions;

namespace Screening.Functions;

/// <summary>
/// List approvers (bearer token with Screening.ListApprover): serve a stored version of a source, a held one (approval) or a superseded one still retained
/// (rollback). A <c>reason</c> is required, as a JSON body <c>{"reason": "..."}</c> or, without a body,
/// as <c>?reason=</c>; it is kept in the source's refresh history with the approver. Four eyes: a held version is not
/// approved by whoever uploaded its content through the console, whichever route they approve it on.
/// </summary>
public sealed class ActivateListVersion(ListVersionActivation activation, IValidator<ActivateVersionRequest> validator, RoleGate gate, ListCatalog catalog, ConsoleUploads uploads, ILogger<ActivateListVersion> logger)
{
    public const string ReasonParameter = "reason";

    [Function(nameof(ActivateListVersion))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/lists/{source}/versions/{versionId}/activate")] HttpRequest request,
        string source,
        string versionId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (await gate.RefuseAsync(request, ConsoleRoles.ListApprover, cancellationToken) is { } refused)
            {
                return refused;
            }

            var (body, problem) = await ReadAsync(request, cancellationToken);
            problem ??= await validator.ProblemAsync(request, body!, cancellationToken);
            problem ??= await RefuseOwnUploadAsync(request, Uri.UnescapeDataString(source), Uri.UnescapeDataString(versionId), cancellationToken);
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

    /// <summary>Approval of a held version is refused to whoever uploaded that content; a rollback is not an approval of new content.</summary>
    private async Task<IActionResult?> RefuseOwnUploadAsync(HttpRequest request, string source, string versionId, CancellationToken cancellationToken)
    {
        // The gate admitted this request, so it named a caller; without one, four eyes could not be checked: fail closed.
        var approver = RoleGate.CallerOf(request.HttpContext)
            ?? throw new InvalidOperationException("An activation was admitted without a caller; four eyes cannot be checked.");

        var history = await catalog.GetVersionHistoryAsync(source, cancellationToken);
        var held = history?.Versions.FirstOrDefault(v => v.Record.VersionId == versionId && v.Status == ListVersionStatus.Held);
        return held is not null && await uploads.UploadedByAsync(held.Record.ContentHash, approver, cancellationToken)
            ? ApiProblem.Create(request, StatusCodes.Status403Forbidden, ProblemCodes.ConsoleFourEyes,
                $"You uploaded the content of held version {versionId}; another list approver must approve it.")
            : null;
    }

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
