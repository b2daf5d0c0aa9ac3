using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Computes the <see cref="RescreenDelta"/> from the versions a partition was last screened against to the active
/// index, by comparing each source's two versions as the stored list delta does (read from the list store). Any two versions
/// compare the same way, so several activations since, or a rollback (a delta backwards), need no chain of per-version
/// deltas. Null when a base version is no longer stored: the caller screens in full. One computation per base and
/// index is shared by every partition this instance runs.
/// </summary>
public sealed partial class RescreenDeltas(IListVersionEntities stored, ILogger<RescreenDeltas> logger)
{
    private readonly ConcurrentDictionary<(string BaseVersions, object Index), Lazy<Task<RescreenDelta?>>> _computed = new();

    public async Task<RescreenDelta?> BetweenAsync(string baseVersions, ActiveIndexState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseVersions);
        ArgumentNullException.ThrowIfNull(state);
        var index = state.Index ?? throw new ArgumentException("The state holds no index.", nameof(state));
        foreach (var old in _computed.Keys.Where(k => !ReferenceEquals(k.Index, index)))
        {
            _computed.TryRemove(old, out _);
        }

        var computing = _computed.GetOrAdd((baseVersions, index), _ => new Lazy<Task<RescreenDelta?>>(() => ComputeAsync(baseVersions, state, CancellationToken.None)));
        try
        {
            return await computing.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (computing.Value.IsFaulted)
        {
            // Storage failed while reading a base version: computed again on the retry, not remembered as failed.
            _computed.TryRemove(new KeyValuePair<(string, object), Lazy<Task<RescreenDelta?>>>((baseVersions, index), computing));
            throw;
        }
    }

    /// <summary>The versions of a <c>source@version;...</c> string (<see cref="ListsKey.Versions"/>), by source.</summary>
    public static IReadOnlyDictionary<string, string> ParseVersions(string versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in versions.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = item.LastIndexOf('@');
            if (at <= 0)
            {
                throw new FormatException($"'{item}' is not source@version.");
            }

            bySource[item[..at]] = item[(at + 1)..];
        }

        return bySource;
    }

    private async Task<RescreenDelta?> ComputeAsync(string baseVersions, ActiveIndexState state, CancellationToken cancellationToken)
    {
        var index = state.Index!;
        var before = ParseVersions(baseVersions);
        var screened = new List<string>();
        var recordChanged = new List<string>();
        var bySource = index.Entities.Values.ToLookup(e => e.Source, StringComparer.Ordinal);
        foreach (var list in state.Lists)
        {
            if (!before.TryGetValue(list.Source, out var baseVersion))
            {
                // A source not screened against before: every entity of it is new to the subjects.
                var all = bySource[list.Source].Select(e => e.Id).ToList();
                screened.AddRange(all);
                recordChanged.AddRange(all);
                continue;
            }

            if (baseVersion == list.Version)
            {
                continue;
            }

            if (await stored.ReadAsync(list.Source, baseVersion, cancellationToken) is not { } baseEntities)
            {
                LogBaseMissing(logger, list.Source, baseVersion);
                return null;
            }

            Compare(baseEntities, bySource[list.Source], screened, recordChanged);
        }

        var delta = new RescreenDelta(baseVersions, new RescreenScope(index, screened), new RescreenScope(index, recordChanged));
        LogComputed(logger, ListsKey.Versions(state), delta.ToString());
        return delta;
    }

    /// <summary>
    /// The entities added or changed since the base (<see cref="ListDeltaCalculator.CompareEntities"/>, the list delta's
    /// own comparison) change the record; of the changed ones, only those whose screened fields differ
    /// (<see cref="EntityFingerprint.OfScreened"/>) can change a score and are screened again.
    /// </summary>
    private static void Compare(IReadOnlyList<SanctionedEntity> before, IEnumerable<SanctionedEntity> now, List<string> screened, List<string> recordChanged)
    {
        var current = now.ToList();
        var changes = ListDeltaCalculator.CompareEntities(before, current);
        recordChanged.AddRange(changes.Added);
        recordChanged.AddRange(changes.Changed);
        screened.AddRange(changes.Added);
        if (changes.Changed.Count == 0)
        {
            return;
        }

        var beforeById = before.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var currentById = current.ToDictionary(e => e.Id, StringComparer.Ordinal);
        screened.AddRange(changes.Changed.Where(id => EntityFingerprint.OfScreened(beforeById[id]) != EntityFingerprint.OfScreened(currentById[id])));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-screen base {Source}@{Version} is no longer stored; the partition is screened in full")]
    private static partial void LogBaseMissing(ILogger logger, string source, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen delta to {Versions}: {Delta}")]
    private static partial void LogComputed(ILogger logger, string versions, string delta);
}
