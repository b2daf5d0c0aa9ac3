using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Does one partition of a re-screen: the partition's active subjects screened against what changed since the
/// partition was last screened (<see cref="RescreenDelta"/>; new hits open alerts as on registration), or against
/// everything when the plan says so, the engine or thresholds changed, or that base is unknown; every alert under review
/// whose entity is no longer listed turned <see cref="AlertStatus.EntityDelisted"/> for review, never closed silently;
/// and the partition recorded as screened against the plan's lists (<see cref="PartitionScreening"/>, one row instead of
/// a stamp per subject). Safe to run twice (a redelivered message): alert ids are derived, and a finished partition is skipped.
/// </summary>
public sealed partial class RescreenService(
    IActiveIndex activeIndex,
    SubjectStore subjects,
    AlertStore alerts,
    SubjectAlerting alerting,
    RescreenPlanStore plans,
    RescreenDeltas deltas,
    MonitoringAudit audit,
    NameMatchingOptions matching,
    IOptions<MonitoringOptions> options,
    TimeProvider clock,
    ILogger<RescreenService> logger)
{
    private const int ChunkSize = 500;

    public async Task<RescreenOutcome> RunAsync(RescreenWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var state = await StateForAsync(work, cancellationToken);
        if (state is null)
        {
            LogSuperseded(logger, work.PlanKey, work.Partition);
            return RescreenOutcome.Superseded;
        }

        if (await plans.IsDoneAsync(work.PlanKey, work.Partition, cancellationToken))
        {
            return RescreenOutcome.AlreadyDone;
        }

        // Marked before the partition is read: a subject row written after it keeps its own stamp.
        var startedAt = await subjects.BeginPartitionScreeningAsync(work.Partition, cancellationToken);
        var versions = state.Lists.ToDictionary(l => l.Source, l => l.Version, StringComparer.Ordinal);
        var screenedAgainst = SubjectService.ScreenedAgainst(state);
        var engineKey = ListsKey.Engine(matching);
        var last = await subjects.GetPartitionScreeningAsync(work.Partition, cancellationToken);
        var delta = await DeltaAsync(work, state, last, engineKey, cancellationToken);
        var scopes = delta is null ? null : new SubjectScopes(last!, delta, screenedAgainst, await DecidedOnChangedRecordsAsync(work.Partition, delta, cancellationToken));
        var scope = delta?.ToString() ?? $"{RescreenPlanStore.EverythingScope} ({Everything(work, last, engineKey)})";
        LogStarted(logger, work.PlanKey, work.Partition, scope);
        var (screened, opened) = (0, 0);
        var chunk = new List<StoredSubject>(ChunkSize);
        await foreach (var subject in subjects.ReadPartitionAsync(work.Partition, cancellationToken))
        {
            chunk.Add(subject);
            if (chunk.Count == ChunkSize)
            {
                if (await ScreenChunkAsync(work, state.Index!, versions, scopes, chunk, cancellationToken) is not { } chunkOpened)
                {
                    LogSuperseded(logger, work.PlanKey, work.Partition);
                    return RescreenOutcome.Superseded;
                }

                opened += chunkOpened;
                screened += chunk.Count;
                chunk.Clear();
            }
        }

        if (await ScreenChunkAsync(work, state.Index!, versions, scopes, chunk, cancellationToken) is not { } lastOpened)
        {
            LogSuperseded(logger, work.PlanKey, work.Partition);
            return RescreenOutcome.Superseded;
        }

        opened += lastOpened;
        screened += chunk.Count;
        var delisted = await DelistAsync(state, work.Partition, cancellationToken);
        var doneAt = clock.GetUtcNow();
        // Recorded before the plan's "done" row: a crash in between redoes the partition rather than leaving it done
        // with subjects that read as screened against older lists.
        await subjects.RecordPartitionScreenedAsync(
            new PartitionScreening(work.Partition, work.PlanKey, screenedAgainst, work.ListsKey, engineKey, work.PlannedAt ?? DateTimeOffset.MinValue, startedAt, doneAt), cancellationToken);
        await plans.MarkDoneAsync(work.PlanKey, work.Partition, screened, opened, delisted, doneAt, scope, cancellationToken);
        audit.Rescreened(work, screenedAgainst, screened, opened, delisted, doneAt);
        LogDone(logger, work.PlanKey, work.Partition, screened, opened, delisted);
        return RescreenOutcome.Done;
    }

    /// <summary>
    /// What the partition is screened against: null for everything (the plan says so, no re-screen finished the
    /// partition yet, the engine or thresholds changed since, or a base version is no longer stored), else the delta
    /// from the lists the partition was last screened against.
    /// </summary>
    private async Task<RescreenDelta?> DeltaAsync(RescreenWork work, ActiveIndexState state, PartitionScreening? last, string engineKey, CancellationToken cancellationToken) =>
        work.Everyone || last is null || last.EngineKey != engineKey
            ? null
            : await deltas.BetweenAsync(last.Versions, state, cancellationToken);

    private static string Everything(RescreenWork work, PartitionScreening? last, string engineKey) =>
        work.Everyone ? "the plan re-screens everyone"
        : last is null ? "no re-screen finished this partition before"
        : last.EngineKey != engineKey ? "engine or thresholds changed"
        : "a version screened against before is no longer stored";

    /// <summary>Subjects of the partition with a decided alert on an entity whose record changed: the alert comes back if they still match.</summary>
    private async Task<IReadOnlySet<string>> DecidedOnChangedRecordsAsync(int partition, RescreenDelta delta, CancellationToken cancellationToken)
    {
        var subjectIds = new HashSet<string>(StringComparer.Ordinal);
        if (delta.RecordChanged.EntityIds.Count == delta.Screened.EntityIds.Count)
        {
            return subjectIds;
        }

        await foreach (var pair in alerts.ReadDecidedAsync(partition, cancellationToken))
        {
            if (delta.RecordChanged.Contains(pair.EntityId))
            {
                subjectIds.Add(pair.SubjectId);
            }
        }

        return subjectIds;
    }

    /// <summary>
    /// The index to screen with: this instance's, once it serves the plan's lists. Null when a newer plan superseded
    /// this one (it covers every partition). Throws while this instance still catches up, so the message is retried.
    /// </summary>
    private async Task<ActiveIndexState?> StateForAsync(RescreenWork work, CancellationToken cancellationToken)
    {
        var state = activeIndex.Current;
        if (ScreeningAvailability.Problem(state) is null && ListsKey.Of(state, matching) == work.ListsKey)
        {
            return state;
        }

        var (current, _) = await plans.GetCurrentAsync(cancellationToken);
        if (current is not null && current.Key != work.PlanKey)
        {
            return null;
        }

        await activeIndex.CatchUpAsync(cancellationToken);
        state = activeIndex.Current;
        return ScreeningAvailability.Problem(state) is null && ListsKey.Of(state, matching) == work.ListsKey
            ? state
            : throw new RescreenNotReadyException($"This instance does not serve the lists of re-screen {work.PlanKey} yet; the message is retried.");
    }

    /// <summary>
    /// Screens one chunk, each subject against its scope. Null when a newer plan replaced this one meanwhile (a
    /// rollback or another activation during the run): the newer plan covers the partition, this one stops.
    /// </summary>
    private async Task<int?> ScreenChunkAsync(RescreenWork work, ScreeningIndex index, IReadOnlyDictionary<string, string> versions, SubjectScopes? scopes, List<StoredSubject> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        var (current, _) = await plans.GetCurrentAsync(cancellationToken);
        if (current is not null && current.Key != work.PlanKey)
        {
            return null;
        }

        var opened = 0;
        await Parallel.ForEachAsync(chunk, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ScreeningConcurrency, CancellationToken = cancellationToken }, async (subject, token) =>
        {
            var scope = scopes is null ? null : scopes.For(subject);
            if (scope is { EntityIds.Count: 0 })
            {
                return;
            }

            var raised = await alerting.ScreenAsync(index, versions, subject, SubjectAlerting.ByRescreen, scope, token);
            Interlocked.Add(ref opened, raised.Count);
        });
        return opened;
    }

    private async Task<int> DelistAsync(ActiveIndexState state, int partition, CancellationToken cancellationToken)
    {
        var delisted = 0;
        await foreach (var pair in alerts.ReadUnderReviewAsync(partition, cancellationToken))
        {
            if (state.Index!.Entities.ContainsKey(pair.EntityId))
            {
                continue;
            }

            var reason = $"{pair.EntityId} is no longer on the active lists ({ListsKey.Versions(state)})";
            await alerts.ChangeStatusAsync(pair.AlertId, new AlertEvent(clock.GetUtcNow(), AlertStatus.EntityDelisted, SubjectAlerting.MonitoringActor, reason), cancellationToken);
            await alerts.PutPairAsync(pair with { Status = AlertStatus.EntityDelisted }, cancellationToken);
            delisted++;
        }

        return delisted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} partition {Partition} against {Scope}")]
    private static partial void LogStarted(ILogger logger, string planKey, int partition, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} partition {Partition}: {Subjects} subjects, {Opened} alerts opened, {Delisted} delisted")]
    private static partial void LogDone(ILogger logger, string planKey, int partition, int subjects, int opened, int delisted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} partition {Partition} skipped: a newer plan covers it")]
    private static partial void LogSuperseded(ILogger logger, string planKey, int partition);
}

/// <summary>
/// Which entities each subject of a delta re-screen is screened against: the delta, when the subject was last screened
/// against the partition's base; the wider set of changed records when it has a decided alert on one of them; nothing
/// when it was screened on its own against the very lists now active; everything when it was screened on its own
/// against other lists (a registration on an instance that still served older ones), since its base is not the delta's.
/// </summary>
internal sealed class SubjectScopes(PartitionScreening last, RescreenDelta delta, string activeVersions, IReadOnlySet<string> decidedOnChangedRecords)
{
    private readonly RescreenScope _nothing = new(delta.Screened.Index, []);

    public RescreenScope? For(StoredSubject subject)
    {
        var screenedAgainst = last.Resolve(subject).ScreenedAgainst;
        if (screenedAgainst == delta.BaseVersions)
        {
            return decidedOnChangedRecords.Contains(subject.Subject.Id) ? delta.RecordChanged : delta.Screened;
        }

        // Null: everything.
        return screenedAgainst == activeVersions ? _nothing : null;
    }
}

public enum RescreenOutcome
{
    Done,
    AlreadyDone,
    Superseded,
}
