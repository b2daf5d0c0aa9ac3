using Screening.Functions.Http;

namespace Screening.Functions.Services;

/// <summary>Whether an index state can screen now; the reason (a 503 problem) when it cannot.</summary>
public static class ScreeningAvailability
{
    public static ServiceProblem? Problem(ActiveIndexState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Availability switch
        {
            ListsAvailability.Ready when state.Index is not null => null,
            ListsAvailability.Stale => ServiceProblem.Unavailable(ProblemCodes.ListsStale, state.Detail),
            _ => ServiceProblem.Unavailable(ProblemCodes.ListsUnavailable, state.Detail),
        };
    }
}
