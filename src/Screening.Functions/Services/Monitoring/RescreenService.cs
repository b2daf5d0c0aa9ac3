using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Does one partition of a re-screen: every active subject of the partition screened against the lists of the plan
/// (new hits open alerts as on registration), each subject stamped with what it was screened against, and every alert
/// under review whose entity is no longer listed turned <see cref="AlertStatus.EntityDelisted"/> for review, never closed
/// silently. Safe to run twice (a redelivered message): alert ids are derived, and a finished partition is skipped.
/// </summary>
public sealed partial class RescreenService(
    IActiveIndex activeIndex,
    SubjectStore subjects,
    AlertStore alerts,
    SubjectAlerting alerting,
    RescreenPlanStore plans,
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

        var versions = state.Lists.ToDictionary(l => l.Source, l => l.Version, StringComparer.Ordinal);
        var screenedAgainst = SubjectService.ScreenedAgainst(state);
        var (screened, opened) = (0, 0);
        var chunk = new List<StoredSubject>(ChunkSize);
        await foreach (var subject in subjects.ReadPartitionAsync(work.Partition, cancellationToken))
        {
            chunk.Add(subject);
            if (chunk.Count == ChunkSize)
            {
                if (await ScreenChunkAsync(work, state.Index!, versions, screenedAgainst, chunk, cancellationToken) is not { } chunkOpened)
                {
                    LogSuperseded(logger, work.PlanKey, work.Partition);
                    return RescreenOutcome.Superseded;
                }

                opened += chunkOpened;
                screened += chunk.Count;
                chunk.Clear();
            }
        }

        if (await ScreenChunkAsync(work, state.Index!, versions, screenedAgainst, chunk, cancellationToken) is not { } lastOpened)
        {
            LogSuperseded(logger, work.PlanKey, work.Partition);
            return RescreenOutcome.Superseded;
        }

        opened += lastOpened;
        screened += chunk.Count;
        var delisted = await DelistAsync(state, work.Partition, cancellationToken);
        var doneAt = clock.GetUtcNow();
        await plans.MarkDoneAsync(work.PlanKey, work.Partition, screened, opened, delisted, doneAt, cancellationToken);
        audit.Rescreened(work, screenedAgainst, screened, opened, delisted, doneAt);
        LogDone(logger, work.PlanKey, work.Partition, screened, opened, delisted);
        return RescreenOutcome.Done;
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
    /// Screens one chunk and stamps it. Null, with nothing stamped, when a newer plan replaced this one meanwhile (a
    /// rollback or another activation during the run): the newer plan's stamps must not be overwritten by this older one.
    /// </summary>
    private async Task<int?> ScreenChunkAsync(RescreenWork work, ScreeningIndex index, IReadOnlyDictionary<string, string> versions, string screenedAgainst, List<StoredSubject> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        var opened = 0;
        var now = clock.GetUtcNow();
        await Parallel.ForEachAsync(chunk, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ScreeningConcurrency, CancellationToken = cancellationToken }, async (subject, token) =>
        {
            var raised = await alerting.ScreenAsync(index, versions, subject, SubjectAlerting.ByRescreen, token);
            Interlocked.Add(ref opened, raised.Count);
        });

        var (current, _) = await plans.GetCurrentAsync(cancellationToken);
        if (current is not null && current.Key != work.PlanKey)
        {
            return null;
        }

        // Stamped after screening, so a subject never claims a screening that a crash cut short. Only the stamp is
        // merged into the row: a registration that changed the subject meanwhile (and screened it) is not overwritten.
        await subjects.StampScreenedAsync([.. chunk.Select(s => s.Subject.Id)], screenedAgainst, now, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} partition {Partition}: {Subjects} subjects, {Opened} alerts opened, {Delisted} delisted")]
    private static partial void LogDone(ILogger logger, string planKey, int partition, int subjects, int opened, int delisted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screen {PlanKey} partition {Partition} skipped: a newer plan covers it")]
    private static partial void LogSuperseded(ILogger logger, string planKey, int partition);
}

public enum RescreenOutcome
{
    Done,
    AlreadyDone,
    Superseded,
}
