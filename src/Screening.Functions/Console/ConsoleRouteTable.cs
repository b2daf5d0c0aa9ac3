using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Screening.Functions.Http;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Console;

/// <summary>
/// What the console may call and with which role. Each route runs the very function the API route runs (same
/// validation, answers and audit), with the signed-in person as the caller instead of a key name; approval adds
/// the four-eyes check, which the activation itself applies on every route.
/// </summary>
public static class ConsoleRouteTable
{
    public const int MaxUploadBytes = 64 * 1024 * 1024;

    private static readonly string[] Anyone = [];
    private static readonly string[] Reviewers = [ConsoleRoles.Reviewer];
    private static readonly string[] ListApprovers = [ConsoleRoles.ListApprover];
    private static readonly string[] Admins = [ConsoleRoles.Admin];

    /// <summary>List approvers read the lists they approve; reviewers read them to explain a match.</summary>
    private static readonly string[] ListReaders = [ConsoleRoles.Reviewer, ConsoleRoles.ListApprover];

    public static IReadOnlyList<ConsoleRoute> Routes { get; } =
    [
        new("get", "me", Anyone, call => Task.FromResult<IActionResult>(new ApiJsonResult(new
        {
            id = call.Person.Id,
            name = call.Person.Name,
            roles = call.Person.Roles.Order(StringComparer.Ordinal).ToArray(),
        }, noStore: true))),
        new("get", "lists", ListReaders, call => Function<Lists>(call).Run(call.Request, call.CancellationToken)),
        new("get", "lists/{source}/versions", ListReaders, call => Function<ListVersions>(call).Run(call.Request, call.Value("source"), call.CancellationToken)),
        new("get", "lists/{source}/versions/{versionId}/delta", ListReaders, DeltaAsync),
        new("post", "lists/{source}/versions/{versionId}/activate", ListApprovers, call => Function<ActivateListVersion>(call).Run(call.Request, call.Value("source"), call.Value("versionId"), call.CancellationToken)),
        // The master-key route's twin for people: a refresh fetches and activates what the timer would, or holds it.
        new("post", "lists/refresh", ListApprovers, call => Function<RefreshLists>(call).Run(call.Request, call.CancellationToken)),
        new("post", "screen/name", Reviewers, call => Function<ScreenName>(call).Run(call.Request, call.CancellationToken)),
        new("post", "screen/address", Reviewers, call => Function<ScreenAddress>(call).Run(call.Request, call.CancellationToken)),
        new("get", "entities/{entityId}", Reviewers, call => Function<Entity>(call).Run(call.Request, call.Value("entityId"), call.CancellationToken)),
        new("get", "screenings/{requestId}", Reviewers, call => Function<ScreeningRecords>(call).Run(call.Request, call.Value("requestId"), call.CancellationToken)),
        new("get", "alerts", Reviewers, call => Function<ListAlerts>(call).Run(call.Request, call.CancellationToken)),
        new("get", "alerts/{alertId}", Reviewers, call => Function<GetAlert>(call).Run(call.Request, call.Value("alertId"), call.CancellationToken)),
        new("post", "alerts/{alertId}/decision", Reviewers, call => Function<DecideAlert>(call).Run(call.Request, call.Value("alertId"), call.CancellationToken)),
        new("get", "subjects/{subjectId}/audit", Reviewers, call => Function<SubjectAudit>(call).Run(call.Request, call.Value("subjectId"), call.CancellationToken)),
        new("post", "subjects/batch", Reviewers, call => Function<RegisterSubjects>(call).Run(call.Request, call.CancellationToken)),
        // Reviewers watch a re-screen's progress (the alerts it raises are theirs); only admins start one.
        new("get", "monitoring/rescreen", Reviewers, call => Function<GetRescreen>(call).Run(call.Request, call.CancellationToken)),
        new("post", "monitoring/rescreen", Admins, call => Function<RequestRescreen>(call).Run(call.Request, call.CancellationToken)),
        new("post", "uploads", ListApprovers, UploadAsync),
        new("get", "uploads/{fileName}/report", ListApprovers, ReportAsync),
    ];

    private static T Function<T>(ConsoleCall call)
        where T : class => ActivatorUtilities.CreateInstance<T>(call.Services);

    private static async Task<IActionResult> DeltaAsync(ConsoleCall call)
    {
        var delta = await call.Services.GetRequiredService<HeldVersionDelta>().ComputeAsync(call.Value("source"), call.Value("versionId"), call.CancellationToken);
        return delta is null
            ? ApiProblem.NotFound(call.Request, ProblemCodes.VersionUnknown, $"{call.Value("source")} has no version {call.Value("versionId")}.")
            : new ApiJsonResult(delta, noStore: true);
    }

    private static async Task<IActionResult> UploadAsync(ConsoleCall call)
    {
        var request = call.Request;
        var name = request.Query["name"].ToString();
        var fileName = string.IsNullOrWhiteSpace(name) ? string.Empty : ListBlobPaths.SafeFileName(name.Trim());
        if (fileName.Length == 0)
        {
            return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "name", "Give the file name as ?name=, for example acme-watchlist.csv.");
        }

        // Content-Length refuses an announced oversize body at once; the capped read refuses a chunked one as it streams.
        var body = request.ContentLength > MaxUploadBytes ? null : await RequestBody.ReadAtMostAsync(request.Body, MaxUploadBytes, call.CancellationToken);
        if (body is null)
        {
            return ApiProblem.Create(request, StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, $"A console upload is at most {MaxUploadBytes / (1024 * 1024)} MiB.");
        }

        var content = new BinaryData(body.GetBuffer().AsMemory(0, (int)body.Length));
        if (content.ToMemory().Length == 0)
        {
            return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "body", $"The file must hold 1 byte to {MaxUploadBytes / (1024 * 1024)} MiB.");
        }

        var upload = await call.Services.GetRequiredService<ConsoleUploads>().UploadAsync(fileName, content, call.Person, call.CancellationToken);
        return new ApiJsonResult(upload, StatusCodes.Status202Accepted, noStore: true);
    }

    private static async Task<IActionResult> ReportAsync(ConsoleCall call)
    {
        var fileName = ListBlobPaths.SafeFileName(call.Value("fileName"));
        var report = await call.Services.GetRequiredService<ConsoleUploads>().ReportAsync(fileName, call.CancellationToken);
        return report is null
            ? ApiProblem.NotFound(call.Request, ProblemCodes.NotFound, $"No ingest report for {fileName} yet; the inbox reports within seconds of the upload.")
            : new ContentResult { Content = report.ToString(), ContentType = "application/json; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
