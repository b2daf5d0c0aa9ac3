using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions;

/// <summary>Registered subjects, a page at a time (<c>limit</c>, <c>cursor</c>); deregistered ones with <c>?includeDeregistered=true</c>.</summary>
public sealed class ListSubjects(SubjectService subjects, ILogger<ListSubjects> logger)
{
    [Function(nameof(ListSubjects))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/subjects")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            if (!Paging.TryRead(request, SubjectStore.Listing, out var limit, out var after, out var problem))
            {
                return problem!;
            }

            var includeDeregistered = string.Equals(request.Query["includeDeregistered"].ToString(), "true", StringComparison.Ordinal);
            return new ApiJsonResult(await subjects.ListAsync(includeDeregistered, limit, after, cancellationToken), noStore: true);
        });
}
