using Screening.Domain.Screening;
using Screening.Functions.Contracts;

namespace Screening.Functions.Services;

/// <summary>Whether the service can screen right now, and against what.</summary>
public enum ListsAvailability
{
    Ready,
    NotLoaded,
    Stale,
}

/// <summary>An immutable view of the active index: read once per request so every item of a batch sees the same lists.</summary>
public sealed record ActiveIndexState(ListsAvailability Availability, ScreeningIndex? Index, IReadOnlyList<ListVersionView> Lists, string Detail)
{
    public static ActiveIndexState NotLoaded(string detail) => new(ListsAvailability.NotLoaded, null, [], detail);
}
