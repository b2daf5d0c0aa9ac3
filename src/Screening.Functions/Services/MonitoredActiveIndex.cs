using Screening.Domain.Screening;
using Screening.Functions.Contracts;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Active;

namespace Screening.Functions.Services;

/// <summary>The index the list monitor keeps current, read as one snapshot so index, versions and state agree.</summary>
public sealed class MonitoredActiveIndex(ActiveListsMonitor<ScreeningIndex> monitor) : IActiveIndex
{
    public ActiveIndexState Current
    {
        get
        {
            var snapshot = monitor.Current;
            var status = monitor.StatusOf(snapshot);
            var lists = status.Versions.Select(View).ToList();
            return status.State switch
            {
                ActiveListsState.Ready => new ActiveIndexState(ListsAvailability.Ready, snapshot.Index, lists, "Lists are loaded and current."),
                ActiveListsState.Stale => new ActiveIndexState(ListsAvailability.Stale, snapshot.Index, lists,
                    $"The active lists were last confirmed current at {status.OldestConfirmation:O}, longer ago than the configured maximum age; refresh them."),
                ActiveListsState.StorageUnavailable => new ActiveIndexState(ListsAvailability.NotLoaded, null, lists,
                    $"The list store cannot be read ({status.LastError}); no list is loaded."),
                _ => new ActiveIndexState(ListsAvailability.NotLoaded, null, lists, "No sanctions list has been loaded yet: load one (README, 'Load lists from disk') or wait for the refresh."),
            };
        }
    }

    public Task CatchUpAsync(CancellationToken cancellationToken) => monitor.CheckAsync(cancellationToken);

    public static ListVersionView View(ListVersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new ListVersionView(version.Source, version.VersionId, version.PublishedAt, version.LoadedAt);
    }
}
