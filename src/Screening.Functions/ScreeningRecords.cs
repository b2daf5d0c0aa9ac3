using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Http;
using Screening.Infrastructure.Audit;

namespace Screening.Functions;

/// <summary>
/// Reviewers (bearer token with Screening.Reviewer): the audit records of one request, for a compliance review of what was asked and answered.
/// Records are kept by day; <c>from</c> and <c>to</c> (UTC dates, default the last 31 days) bound the search.
/// </summary>
public sealed class ScreeningRecords(AuditStore audit, TimeProvider clock, RoleGate gate, ILogger<ScreeningRecords> logger)
{
    public const int DefaultDays = 31;
    public const int MaxDays = 366;

    [Function(nameof(ScreeningRecords))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/screenings/{requestId}")] HttpRequest request,
        string requestId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (await gate.RefuseAsync(request, ConsoleRoles.Reviewer, cancellationToken) is { } refused)
            {
                return refused;
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (!TryDate(request, "to", today, out var to))
            {
                return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "to", "'to' must be a date as YYYY-MM-DD.");
            }

            // The default window ends at 'to'; near the calendar's first day it is cut short rather than overflow.
            var defaultFrom = DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, to.DayNumber - (DefaultDays - 1)));
            if (!TryDate(request, "from", defaultFrom, out var from))
            {
                return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "from", "'from' must be a date as YYYY-MM-DD.");
            }

            if (from > to || to.DayNumber - from.DayNumber >= MaxDays)
            {
                return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "from", $"'from' must not be after 'to', and the range at most {MaxDays} days.");
            }

            var records = await audit.GetByRequestAsync(requestId, from, to, cancellationToken);
            return records.Count == 0
                ? ApiProblem.NotFound(request, ProblemCodes.ScreeningNotFound,
                    $"No screening is recorded under request id '{requestId}' between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} (records are written within a second of the answer).")
                : new ApiJsonResult(new { requestId, records }, noStore: true);
        });

    private static bool TryDate(HttpRequest request, string name, DateOnly fallback, out DateOnly date)
    {
        var text = request.Query[name].ToString();
        date = fallback;
        return text.Length == 0 || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
