using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Domain.Monitoring;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions;

/// <summary>Alerts a page at a time, filtered by <c>status</c>, <c>source</c> and <c>since</c> (raised at or after, ISO 8601).</summary>
public sealed class ListAlerts(AlertService alerts, ILogger<ListAlerts> logger)
{
    [Function(nameof(ListAlerts))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/alerts")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (!Paging.TryRead(request, AlertStore.Listing, out var limit, out var after, out var problem))
            {
                return problem!;
            }

            AlertStatus? status = null;
            var statusText = request.Query["status"].ToString();
            if (statusText.Length > 0)
            {
                if (!AlertStatuses.TryParse(statusText, out var parsed))
                {
                    return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "status", $"must be one of: {string.Join(", ", AlertStatuses.Names)}");
                }

                status = parsed;
            }

            DateTimeOffset? since = null;
            var sinceText = request.Query["since"].ToString();
            if (sinceText.Length > 0)
            {
                if (!DateTimeOffset.TryParse(sinceText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "since", "must be an ISO 8601 date or timestamp");
                }

                since = parsed;
            }

            var source = request.Query["source"].ToString();
            var filter = new AlertFilter(status, source.Length == 0 ? null : source, since);
            return new ApiJsonResult(await alerts.ListAsync(filter, limit, after, cancellationToken), noStore: true);
        });
}
