using Microsoft.Extensions.Logging;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Versions;

/// <summary>
/// An operator serves a stored version of a source: a held one (approval) or a superseded one still
/// retained (rollback). It runs under the source's lock, like a refresh or an upload, and moves the
/// pointer with the same conditional write, so every instance picks it up at its next pointer check.
/// The version rolled back from is marked, so a refresh finding its content again does not bring it back.
/// Every activation is recorded in the source's refresh history with its trigger, reason and caller.
/// </summary>
public sealed partial class ListVersionActivation(
    ListCatalog catalog,
    ListVersionStore versions,
    ListIngestion ingestion,
    SourceStateStore states,
    SourceLock locks,
    TimeProvider time,
    ILogger<ListVersionActivation> logger)
{
    public const string ApprovalTrigger = "approval";
    public const string RollbackTrigger = "rollback";

    public async Task<VersionActivationResult> ActivateAsync(VersionActivationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Checked before the lock too, so an unknown source never gets a lock blob and a refusal never waits.
        var (_, refusal) = await InspectAsync(request, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        var held = await locks.TryAcquireAsync(request.Source, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return Refused(Refusal(request, VersionActivationOutcome.SourceBusy,
                $"{request.Source} is being refreshed, uploaded or activated right now; nothing was changed. Try again in a minute."));
        }

        await using (held.ConfigureAwait(false))
        {
            // Again under the lock: a refresh may have moved the pointer or purged the version since.
            var (target, lockedRefusal) = await InspectAsync(request, cancellationToken).ConfigureAwait(false);
            return lockedRefusal is not null
                ? Refused(lockedRefusal)
                : await ActivateLockedAsync(request, target!, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<VersionActivationResult> ActivateLockedAsync(VersionActivationRequest request, Target target, CancellationToken cancellationToken)
    {
        var trigger = target.Entry.Status == ListVersionStatus.Held ? ApprovalTrigger : RollbackTrigger;
        IngestionResult result;
        try
        {
            result = await ingestion.ActivateStoredAsync(
                target.Entry.Record, target.Pointer, target.Active, trigger == RollbackTrigger ? request.Reason : null, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return Refused(Refusal(request, VersionActivationOutcome.NotActivatable, $"Version {request.VersionId} no longer reads back whole: {ex.Message}"));
        }
        catch (ListActivationConflictException ex)
        {
            return Refused(Refusal(request, VersionActivationOutcome.SourceBusy, ex.Message + " Nothing was changed; look at the versions again."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, request.Source, request.VersionId, trigger, ex);
            await TryRecordAsync(new RefreshAttempt(request.Source, time.GetUtcNow(), ListRefreshOutcome.Failed, request.VersionId,
                ListProblem.From(ex).Message, trigger, request.Reason, request.RequestedBy)).ConfigureAwait(false);
            throw;
        }

        // The pointer moved: the record of it is written even if the caller has gone, and a storage error here does
        // not turn the activation into a reported failure (it happened; the log says what was not recorded).
        var activatedAt = time.GetUtcNow();
        try
        {
            activatedAt = (await versions.GetAsync(request.Source, request.VersionId, CancellationToken.None).ConfigureAwait(false))?.ActivatedAt ?? activatedAt;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotRecorded(logger, request.Source, ex);
        }

        await TryRecordAsync(new RefreshAttempt(request.Source, time.GetUtcNow(), ListRefreshOutcome.Activated, request.VersionId, null, trigger, request.Reason, request.RequestedBy)).ConfigureAwait(false);
        var previous = result.PreviousVersionId ?? "none";
        LogActivated(logger, request.Source, request.VersionId, trigger, previous, request.RequestedBy ?? "unknown", request.Reason);
        return new VersionActivationResult(VersionActivationOutcome.Activated, request.Source, request.VersionId,
            $"Version {request.VersionId} of {request.Source} is active ({trigger}; was {previous}). Instances serve it after their next pointer check.",
            trigger, result.PreviousVersionId, activatedAt, result.Counts, result.Delta);
    }

    /// <summary>The version with the pointer and active record it would replace, or why it cannot be activated.</summary>
    private async Task<(Target? Target, VersionActivationResult? Refusal)> InspectAsync(VersionActivationRequest request, CancellationToken cancellationToken)
    {
        var record = ListVersionId.IsWellFormed(request.VersionId) && request.Source.Length <= ListCatalog.MaxSourceLength
            ? await versions.GetAsync(request.Source, request.VersionId, cancellationToken).ConfigureAwait(false)
            : null;
        if (record is null)
        {
            var known = await catalog.GetVersionHistoryAsync(request.Source, cancellationToken).ConfigureAwait(false) is not null;
            return (null, known
                ? Refusal(request, VersionActivationOutcome.VersionUnknown, $"{request.Source} has no version '{request.VersionId}'; GET its versions to see them.")
                : Refusal(request, VersionActivationOutcome.SourceUnknown, ListCatalog.UnknownSourceDetail(request.Source)));
        }

        var (pointer, active) = await versions.GetActiveAsync(request.Source, cancellationToken).ConfigureAwait(false);
        var entry = ListVersionEntry.Of(record, pointer?.VersionId);
        return entry.NotActivatable is { } why
            ? (null, Refusal(request, VersionActivationOutcome.NotActivatable, why))
            : (new Target(entry, pointer, active), null);
    }

    private static VersionActivationResult Refusal(VersionActivationRequest request, VersionActivationOutcome outcome, string detail) =>
        new(outcome, request.Source, request.VersionId, detail);

    private VersionActivationResult Refused(VersionActivationResult refusal)
    {
        LogRefused(logger, refusal.Source, refusal.VersionId, refusal.Outcome, refusal.Detail);
        return refusal;
    }

    private async Task TryRecordAsync(RefreshAttempt attempt)
    {
        try
        {
            await states.RecordAsync(attempt, null, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage itself is down: the log is the only record left.
            LogNotRecorded(logger, attempt.Source, ex);
        }
    }

    private sealed record Target(ListVersionEntry Entry, ActivePointer? Pointer, ListVersionRecord? Active);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "List {Source}: version {VersionId} activated by {Trigger} (was {PreviousVersionId}), requested by {RequestedBy}, reason: {Reason}")]
    private static partial void LogActivated(ILogger logger, string source, string versionId, string trigger, string previousVersionId, string requestedBy, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Source}: activation of version {VersionId} refused ({Outcome}): {Detail}")]
    private static partial void LogRefused(ILogger logger, string source, string versionId, VersionActivationOutcome outcome, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "List {Source}: {Trigger} of version {VersionId} failed")]
    private static partial void LogFailed(ILogger logger, string source, string versionId, string trigger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "List {Source}: the failed activation could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string source, Exception exception);
}
