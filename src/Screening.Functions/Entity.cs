using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Services;

namespace Screening.Functions;

/// <summary>The full normalized record of one listed entity, from the list version being served.</summary>
public sealed class Entity(IActiveIndex activeIndex, ILogger<Entity> logger)
{
    [Function(nameof(Entity))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/entities/{entityId}")] HttpRequest request,
        string entityId,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, _ =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = activeIndex.Current;
            var id = Uri.UnescapeDataString(entityId);
            IActionResult result = state.Index is null
                ? ApiProblem.Unavailable(request, ProblemCodes.ListsUnavailable, state.Detail)
                : state.Index.Entities.TryGetValue(id, out var entity)
                    ? new ApiJsonResult(new { entity, list = state.Lists.First(l => l.Source == entity.Source) }, noStore: true)
                    : ApiProblem.NotFound(request, ProblemCodes.EntityNotFound, $"No entity '{id}' in the lists being served.");
            return Task.FromResult(result);
        });
}
