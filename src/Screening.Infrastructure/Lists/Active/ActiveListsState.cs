namespace Screening.Infrastructure.Lists.Active;

/// <summary>Whether screening can answer from the active lists (docs/storage.md, "Active set and staleness").</summary>
public enum ActiveListsState
{
    /// <summary>The first load has not finished yet.</summary>
    NotLoaded,

    /// <summary>An index is served and the lists were confirmed current within Lists:MaxAge.</summary>
    Ready,

    /// <summary>An index is served but the lists were not confirmed current within Lists:MaxAge (answer lists.stale).</summary>
    Stale,

    /// <summary>No index could be loaded because storage failed (answer lists.unavailable).</summary>
    StorageUnavailable,
}
