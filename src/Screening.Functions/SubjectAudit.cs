using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions;

/// <summary>
/// Reviewers (bearer token with Screening.Reviewer): one subject's audit — registration, latest screening, every alert raised for it and every decision with who,
/// when and why — as JSON, or as CSV with <c>?format=csv</c> (or <c>Accept: text/csv</c>).
/// </summary>
public sealed class SubjectAudit(SubjectAuditService audits, RoleGate gate, ILogger<SubjectAudit> logger)
{
    [Function(nameof(SubjectAudit))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/subjects/{subjectId}/audit")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (await gate.RefuseAsync(request, ConsoleRoles.Reviewer, cancellationToken) is { } refused)
            {
                return refused;
            }

            var format = request.Query["format"].ToString();
            if (format.Length > 0 && format is not ("csv" or "json"))
            {
                return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "format", "'format' is csv or json.");
            }

            if (await audits.GetAsync(subjectId, cancellationToken) is not { } audit)
            {
                return ApiProblem.NotFound(request, ProblemCodes.SubjectNotFound, $"No subject is registered under '{subjectId}'.");
            }

            var csv = format == "csv" || (format.Length == 0 && request.Headers.Accept.ToString().Contains(SubjectAuditCsv.ContentType, StringComparison.OrdinalIgnoreCase));
            if (!csv)
            {
                return new ApiJsonResult(audit, noStore: true);
            }

            request.HttpContext.Response.Headers.CacheControl = "no-store";
            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"subject-{FileNamePart(subjectId)}-audit.csv\"";
            return new ContentResult { Content = SubjectAuditCsv.Write(audit), ContentType = SubjectAuditCsv.ContentType + "; charset=utf-8", StatusCode = StatusCodes.Status200OK };
        });

    // A subject id is the client's own; only plain characters go into a header's file name.
    private static string FileNamePart(string subjectId) =>
        new([.. subjectId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
