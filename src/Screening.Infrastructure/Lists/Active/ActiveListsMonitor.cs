using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists.Refresh;

namespace Screening.Infrastructure.Lists.Active;

/// <summary>
/// Keeps every instance's screening index on the active list versions. At start it loads every
/// active version (snapshot first, rows on fallback); then every Lists:ActivationPollInterval it reads
/// the pointer rows (one partition) and, when one moved, loads that version, builds the new index in
/// the background and swaps it in atomically. A failed check keeps the last good index in service.
/// </summary>
public sealed partial class ActiveListsMonitor<TIndex> : BackgroundService
    where TIndex : class
{
    private readonly ListVersionStore _versions;
    private readonly ListVersionReader _reader;
    private readonly SourceStateStore _states;
    private readonly IActiveIndexBuilder<TIndex> _builder;
    private readonly ListsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _checking = new(1, 1);
    private readonly TaskCompletionSource _firstCheck = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActiveIndexSnapshot<TIndex> _current = new(null, ActiveListSet.Empty, null, new Dictionary<string, DateTimeOffset>(), null, null);

    public ActiveListsMonitor(
        ListVersionStore versions,
        ListVersionReader reader,
        SourceStateStore states,
        IActiveIndexBuilder<TIndex> builder,
        IOptions<ListsOptions> options,
        TimeProvider time,
        ILogger<ActiveListsMonitor<TIndex>> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _versions = versions;
        _reader = reader;
        _states = states;
        _builder = builder;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The served index and the versions it was built from (one atomic read).</summary>
    public ActiveIndexSnapshot<TIndex> Current => Volatile.Read(ref _current);

    public ActiveListsStatus Status => StatusOf(Current);

    /// <summary>Waits for the first load attempt (success or failure) and returns what is served then.</summary>
    public async Task<ActiveIndexSnapshot<TIndex>> WhenLoadedAsync(CancellationToken cancellationToken)
    {
        await _firstCheck.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Current;
    }

    public ActiveListsStatus StatusOf(ActiveIndexSnapshot<TIndex> snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = _time.GetUtcNow();
        DateTimeOffset? oldest = snapshot.ConfirmedAt.Count == 0 ? null : snapshot.ConfirmedAt.Values.Min();
        // An index over no list at all would answer every screening "no match": that is not loaded, never ready.
        var state = snapshot.Index is null || snapshot.Lists.Lists.Count == 0
            ? snapshot.LastError is null ? ActiveListsState.NotLoaded : ActiveListsState.StorageUnavailable
            : IsStale(snapshot, oldest, now) ? ActiveListsState.Stale : ActiveListsState.Ready;
        return new ActiveListsStatus(state, snapshot.Lists.Versions, snapshot.LastSuccessfulCheck, oldest, snapshot.LastError, snapshot.LastErrorAt);
    }

    /// <summary>One check of the pointers; true when a new index was swapped in. Never throws for storage failures.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        await _checking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CheckOnceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var current = Current;
            Volatile.Write(ref _current, current with { LastError = $"{ex.GetType().Name}: {ex.Message}", LastErrorAt = _time.GetUtcNow() });
            LogCheckFailed(_logger, current.Index is not null, ex);
            return false;
        }
        finally
        {
            _checking.Release();
            _firstCheck.TrySetResult();
        }
    }

    public override void Dispose()
    {
        _checking.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CheckAsync(stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(_options.ActivationPollInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task<bool> CheckOnceAsync(CancellationToken cancellationToken)
    {
        var pointers = await _versions.GetPointersAsync(cancellationToken).ConfigureAwait(false);
        var states = await _states.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var current = Current;
        var confirmed = pointers.Values
            .Where(pointer => !pointer.Source.StartsWith(Inbox.CustomSourceName.Prefix, StringComparison.Ordinal))
            .ToDictionary(
                pointer => pointer.Source,
                pointer => states.TryGetValue(pointer.Source, out var state) && state.LastConfirmedAt > pointer.ActivatedAt ? state.LastConfirmedAt.Value : pointer.ActivatedAt,
                StringComparer.Ordinal);

        var served = current.Lists.Lists.ToDictionary(list => list.Version.Source, StringComparer.Ordinal);
        var unchanged = current.Index is not null
                        && served.Count == pointers.Count
                        && pointers.Values.All(pointer => served.TryGetValue(pointer.Source, out var list) && list.Version.VersionId == pointer.VersionId);
        if (unchanged)
        {
            Volatile.Write(ref _current, current with { LastSuccessfulCheck = now, ConfirmedAt = confirmed, LastError = null, LastErrorAt = null });
            return false;
        }

        // Sources load side by side: a cold start costs the slowest list, not the sum of them.
        var lists = await Task.WhenAll(pointers.Values.OrderBy(p => p.Source, StringComparer.Ordinal).Select(async pointer =>
        {
            if (served.TryGetValue(pointer.Source, out var same) && same.Version.VersionId == pointer.VersionId)
            {
                return same;
            }

            var record = await _versions.GetAsync(pointer.Source, pointer.VersionId, cancellationToken).ConfigureAwait(false)
                         ?? throw new InvalidDataException($"The pointer of {pointer.Source} names version {pointer.VersionId}, which has no record.");
            var loaded = await _reader.ReadAsync(record, cancellationToken).ConfigureAwait(false);
            LogLoaded(_logger, pointer.Source, pointer.VersionId, loaded.List.Entities.Count, loaded.FromSnapshot ? "snapshot" : "rows");
            return new ActiveList(ListVersionInfo.Of(record) with { ActivatedAt = pointer.ActivatedAt }, loaded.List);
        })).ConfigureAwait(false);

        var set = new ActiveListSet(lists);
        var index = await Task.Run(() => _builder.Build(set), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _current, new ActiveIndexSnapshot<TIndex>(index, set, _time.GetUtcNow(), confirmed, null, null));
        LogSwapped(_logger, string.Join(", ", set.Versions.Select(v => $"{v.Source}@{v.VersionId}")));
        return true;
    }

    private bool IsStale(ActiveIndexSnapshot<TIndex> snapshot, DateTimeOffset? oldestConfirmation, DateTimeOffset now) =>
        snapshot.LastSuccessfulCheck is not { } checkedAt
        || now - checkedAt > _options.MaxAge
        || (oldestConfirmation is { } oldest && now - oldest > _options.MaxAge);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Source} version {VersionId}: {Entities} entities from the {Origin}")]
    private static partial void LogLoaded(ILogger logger, string source, string versionId, int entities, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening index swapped to {Versions}")]
    private static partial void LogSwapped(ILogger logger, string versions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Active list check failed (still serving the previous index: {Serving})")]
    private static partial void LogCheckFailed(ILogger logger, bool serving, Exception exception);
}
