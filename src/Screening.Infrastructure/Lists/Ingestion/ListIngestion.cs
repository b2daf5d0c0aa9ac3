using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>
/// The one path from a file to a served version, shared by scheduled refresh and compliance uploads:
/// hash de-duplication, archive of the original, parse, sanity gates, full write, then activation by
/// one conditional pointer update, delta and retention. The caller holds the source's lock.
/// </summary>
public sealed partial class ListIngestion(
    ListVersionStore versions,
    ListVersionWriter writer,
    ListVersionReader reader,
    ListBlobStore blobs,
    ListRetention retention,
    IListReader parser,
    IOptions<ListsOptions> options,
    TimeProvider time,
    ILogger<ListIngestion> logger)
{
    public async Task<IngestionResult> IngestAsync(IngestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = request.Source;
        var hash = Convert.ToHexStringLower(SHA256.HashData(request.Content.ToMemory().Span));
        var (pointer, active) = await versions.GetActiveAsync(source, cancellationToken).ConfigureAwait(false);
        if (active is not null && active.ContentHash == hash)
        {
            LogUnchanged(logger, source, active.VersionId);
            return new IngestionResult(source, ListRefreshOutcome.Unchanged, active.VersionId, active.VersionId, ListCounts.Of(active));
        }

        var all = await versions.ListAsync(source, cancellationToken).ConfigureAwait(false);
        if (all.FirstOrDefault(v => v.Status == ListVersionStatus.Held && v.ContentHash == hash) is { } alreadyHeld)
        {
            return new IngestionResult(source, ListRefreshOutcome.Held, alreadyHeld.VersionId, active?.VersionId, ListCounts.Of(alreadyHeld),
                Problem: new ListProblem(alreadyHeld.Error ?? "This content is already held for approval."));
        }

        // Content an operator rolled back from never comes back by itself: only an explicit activation serves it again.
        var rolledBack = all.Where(v => v.RolledBackAt is not null && v.ContentHash == hash).OrderBy(v => v.Status == ListVersionStatus.Purged).FirstOrDefault();
        if (rolledBack is { Status: not ListVersionStatus.Purged })
        {
            var detail = $"The content is that of version {rolledBack.VersionId}, rolled back from at {rolledBack.RolledBackAt:O} ({rolledBack.RolledBackReason}); " +
                         $"{active?.VersionId ?? "no version"} stays active. Activate {rolledBack.VersionId} to serve this content again.";
            LogRolledBackContent(logger, source, rolledBack.VersionId, active?.VersionId ?? "none");
            return new IngestionResult(source, ListRefreshOutcome.Unchanged, rolledBack.VersionId, active?.VersionId, ListCounts.Of(rolledBack), Problem: new ListProblem(detail));
        }

        var loadedAt = time.GetUtcNow();
        var versionId = ListVersionId.New(loadedAt, hash);
        var fileName = ListBlobPaths.SafeFileName(request.FileName);
        await blobs.ArchiveAsync(source, versionId, fileName, request.Content, cancellationToken).ConfigureAwait(false);
        var record = new ListVersionRecord
        {
            Source = source,
            VersionId = versionId,
            Status = ListVersionStatus.Writing,
            ContentHash = hash,
            LoadedAt = loadedAt,
            FileName = fileName,
            Shards = writer.Shards,
        };

        ParsedList list;
        try
        {
            list = await Task.Run(() => Parse(request, fileName, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (ListParseException ex)
        {
            var problem = ListProblem.From(ex);
            await versions.SaveAsync(record with { Status = ListVersionStatus.Failed, Error = problem.Message }, cancellationToken).ConfigureAwait(false);
            LogRejected(logger, source, versionId, problem.Message);
            return new IngestionResult(source, ListRefreshOutcome.Failed, versionId, active?.VersionId, Problem: problem);
        }

        var counts = ListCounts.Of(list);
        record = record with
        {
            Format = list.Metadata.Format,
            PublishedAt = list.Metadata.PublishedAt,
            DeclaredCount = list.Metadata.DeclaredRecordCount,
            ParsedCount = list.Metadata.ParsedRecordCount,
            EntityCount = counts.Entities,
            NameCount = counts.Names,
            AddressCount = counts.Addresses,
        };

        // Rolled-back content whose version was purged since is stored again, but only an approval activates it.
        var hold = rolledBack is not null
            ? $"Held for approval: the same content as version {rolledBack.VersionId}, rolled back from at {rolledBack.RolledBackAt:O} ({rolledBack.RolledBackReason}) and purged since."
            : ShrinkProblem(active, counts);
        await versions.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        try
        {
            await writer.WriteAsync(record, list, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            // The content itself cannot be stored (duplicate ids, an entity beyond the row limit).
            var problem = new ListProblem(ex.Message, fileName);
            await versions.SaveAsync(record with { Status = ListVersionStatus.Failed, Error = problem.Message }, cancellationToken).ConfigureAwait(false);
            return new IngestionResult(source, ListRefreshOutcome.Failed, versionId, active?.VersionId, counts, Problem: problem);
        }

        if (hold is not null)
        {
            await versions.SaveAsync(record with { Status = ListVersionStatus.Held, Error = hold }, cancellationToken).ConfigureAwait(false);
            LogHeld(logger, source, versionId, hold);
            return new IngestionResult(source, ListRefreshOutcome.Held, versionId, active?.VersionId, counts, Problem: new ListProblem(hold, fileName));
        }

        var delta = await ActivateAsync(record, list, pointer, active, null, cancellationToken).ConfigureAwait(false);
        return new IngestionResult(source, ListRefreshOutcome.Activated, versionId, active?.VersionId, counts, delta?.Summary);
    }

    /// <summary>
    /// Serves a stored version: a held one a person approved, or a superseded one rolled back to
    /// (<paramref name="rollbackReason"/> set: the version it replaces is marked as rolled back from, so
    /// its content is not activated again by a refresh). The caller holds the source's lock, read the
    /// pointer (<paramref name="expected"/>) and <paramref name="active"/> under it, and checked the version
    /// may be activated. A version that no longer reads back whole throws <see cref="InvalidDataException"/>
    /// before anything changed; a pointer moved meanwhile throws <see cref="ListActivationConflictException"/>.
    /// </summary>
    public async Task<IngestionResult> ActivateStoredAsync(ListVersionRecord record, ActivePointer? expected, ListVersionRecord? active, string? rollbackReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var loaded = await reader.ReadAsync(record, cancellationToken).ConfigureAwait(false);
        var target = record with { Error = null, RolledBackAt = null, RolledBackReason = null };
        var delta = await ActivateAsync(target, loaded.List, expected, active, rollbackReason, cancellationToken).ConfigureAwait(false);

        // An operator chose this content: earlier versions with the same bytes no longer hold it back (a purged one
        // rolled back from would otherwise hold every later delivery of it again, approval notwithstanding).
        await AfterPointerMovedAsync(record, "clearing rollback marks of the same content", async () =>
        {
            foreach (var marked in (await versions.ListAsync(record.Source, CancellationToken.None).ConfigureAwait(false))
                         .Where(v => v.VersionId != record.VersionId && v.ContentHash == record.ContentHash && v.RolledBackAt is not null))
            {
                await versions.SaveAsync(marked with { RolledBackAt = null, RolledBackReason = null }, CancellationToken.None).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return new IngestionResult(record.Source, ListRefreshOutcome.Activated, record.VersionId, active?.VersionId, ListCounts.Of(record), delta?.Summary);
    }

    private ParsedList Parse(IngestionRequest request, string fileName, CancellationToken cancellationToken)
    {
        var content = request.Content.ToArray();
        var list = parser.Read(ListInput.FromBytes(request.Source, fileName, content), request.ExpectedFormat, cancellationToken);
        if (list.Metadata.Source != request.Source)
        {
            throw new ListParseException(fileName, $"the parser named the list {list.Metadata.Source}, not {request.Source}");
        }

        if (list.Entities.Count == 0)
        {
            throw new ListParseException(fileName, "the list holds no entries");
        }

        if (list.Metadata.DeclaredRecordCount is int declared && declared != list.Entities.Count)
        {
            throw new ListParseException(fileName, $"the file declares {declared} records but {list.Entities.Count} were read");
        }

        // Stored versions are identified by the archived original's bytes, whatever the parser hashed.
        return list with { Metadata = list.Metadata with { ContentHash = Convert.ToHexStringLower(SHA256.HashData(content)) } };
    }

    private string? ShrinkProblem(ListVersionRecord? active, ListCounts counts)
    {
        if (active is null || active.EntityCount == 0)
        {
            return null;
        }

        var shrink = 1.0 - (double)counts.Entities / active.EntityCount;
        return shrink > options.Value.ShrinkThreshold
            ? $"Held for approval: {counts.Entities} entities against {active.EntityCount} in active version {active.VersionId}, a shrink of {shrink:P1} (threshold {options.Value.ShrinkThreshold:P0})."
            : null;
    }

    private async Task<ListDelta?> ActivateAsync(ListVersionRecord record, ParsedList list, ActivePointer? pointer, ListVersionRecord? active, string? rollbackReason, CancellationToken cancellationToken)
    {
        var delta = await DeltaAsync(record, list, active, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        // The pointer write is not cut short by the caller: a cancelled write would leave unknown what is served.
        await versions.ActivateAsync(record.Source, record.VersionId, pointer, now, CancellationToken.None).ConfigureAwait(false);

        // The pointer decides what is served; the statuses below are bookkeeping for the catalog and audit.
        // Once the pointer moved they are written even when the caller gives up, retried, and a failure is logged
        // rather than thrown: the activation happened, and reporting it as failed would be false. A rollback's mark on
        // the version it replaced is what keeps the next refresh from bringing that content back, so it goes first.
        if (active is not null && active.VersionId != record.VersionId)
        {
            var superseded = rollbackReason is null
                ? active with { Status = ListVersionStatus.Superseded }
                : active with { Status = ListVersionStatus.Superseded, RolledBackAt = now, RolledBackReason = rollbackReason };
            await AfterPointerMovedAsync(record, "the superseded version's status", () => versions.SaveAsync(superseded, CancellationToken.None)).ConfigureAwait(false);
        }

        // The summary of the first activation is kept with the version (the lists chart plots additions per update from it).
        var summary = rollbackReason is null && delta is not null ? delta.Summary : record.Delta;
        await AfterPointerMovedAsync(record, "the version's status", () => versions.SaveAsync(record with { Status = ListVersionStatus.Active, ActivatedAt = now, Delta = summary }, CancellationToken.None)).ConfigureAwait(false);
        if (delta is not null)
        {
            // A rollback activates a version a second time; the delta of its first activation stays as it was.
            var path = rollbackReason is null ? ListBlobPaths.Delta(record.Source, record.VersionId) : ListBlobPaths.Delta(record.Source, record.VersionId, now);
            await AfterPointerMovedAsync(record, "the delta", () => blobs.WriteJsonAsync(ListTables.DeltaContainer, path, delta, CancellationToken.None)).ConfigureAwait(false);
            var s = delta.Summary;
            LogActivated(logger, record.Source, record.VersionId, active?.VersionId ?? "none", record.EntityCount, s.Added, s.Removed, s.Changed, s.AddressesAdded, s.AddressesRemoved);
        }

        await AfterPointerMovedAsync(record, "retention", async () =>
        {
            var purged = await retention.ApplyAsync(record.Source, record.VersionId, now, CancellationToken.None).ConfigureAwait(false);
            if (purged.Count > 0)
            {
                LogPurged(logger, record.Source, string.Join(", ", purged));
            }
        }).ConfigureAwait(false);

        return delta;
    }

    /// <summary>Bookkeeping after the pointer moved: three tries, then an error in the log (the activation stands).</summary>
    private async Task AfterPointerMovedAsync(ListVersionRecord record, string what, Func<Task> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write().ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBookkeepingFailed(logger, record.Source, record.VersionId, what, ex);
                return;
            }
        }
    }

    private async Task<ListDelta?> DeltaAsync(ListVersionRecord record, ParsedList list, ListVersionRecord? active, CancellationToken cancellationToken)
    {
        if (active is null)
        {
            return ListDeltaCalculator.Compute(record.Source, record.VersionId, null, null, list);
        }

        try
        {
            var previous = await reader.ReadAsync(active, cancellationToken).ConfigureAwait(false);
            return ListDeltaCalculator.Compute(record.Source, record.VersionId, active.VersionId, previous.List, list);
        }
        catch (InvalidDataException ex)
        {
            // The delta is a report; a previous version that can no longer be read must not block the new one.
            LogNoDelta(logger, record.Source, record.VersionId, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "List {Source}: content unchanged, version {VersionId} stays active")]
    private static partial void LogUnchanged(ILogger logger, string source, string versionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Source}: the content is that of version {VersionId}, which was rolled back from; {ActiveVersionId} stays active until an operator activates it")]
    private static partial void LogRolledBackContent(ILogger logger, string source, string versionId, string activeVersionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Source}: version {VersionId} rejected: {Problem}")]
    private static partial void LogRejected(ILogger logger, string source, string versionId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Source}: version {VersionId} held: {Reason}")]
    private static partial void LogHeld(ILogger logger, string source, string versionId, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "List {Source}: version {VersionId} active (was {PreviousVersionId}), {Entities} entities; delta +{Added} -{Removed} ~{Changed}, addresses +{AddressesAdded} -{AddressesRemoved}")]
    private static partial void LogActivated(ILogger logger, string source, string versionId, string previousVersionId, int entities, int added, int removed, int changed, int addressesAdded, int addressesRemoved);

    [LoggerMessage(Level = LogLevel.Error, Message = "List {Source}: version {VersionId} is active, but {What} could not be recorded")]
    private static partial void LogBookkeepingFailed(ILogger logger, string source, string versionId, string what, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "List {Source}: purged rows of versions {VersionIds}")]
    private static partial void LogPurged(ILogger logger, string source, string versionIds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Source}: no delta for {VersionId}, the previous version could not be read: {Reason}")]
    private static partial void LogNoDelta(ILogger logger, string source, string versionId, string reason);
}
