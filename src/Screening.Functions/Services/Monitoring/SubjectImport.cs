using FluentValidation;
using Microsoft.Extensions.Logging;
using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Validation;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Imports a CSV file of subjects from <c>subjects-inbox</c>: read row by row, each row validated like a registration
/// and registered (screened at once) in chunks of about 100 rows per subject partition, written as table transactions
/// (<see cref="SubjectBulkRegistration"/>), a bad row reported with its line and reasons while the others go in.
/// The report lands in <c>processed/</c>. When the lists cannot screen now the import throws before reading, so the
/// trigger retries it later rather than registering subjects unscreened.
/// </summary>
public sealed partial class SubjectImport(
    SubjectBulkRegistration registration,
    IActiveIndex activeIndex,
    SubjectsInbox inbox,
    IValidator<SubjectRequest> validator,
    TimeProvider clock,
    ILogger<SubjectImport> logger)
{
    public const string Caller = "subjects-inbox";
    // About 100 rows per subject partition, so each partition's rows of a chunk fill one table transaction.
    private const int ChunkSize = SubjectPartition.Count * 100;
    private const int MaxListedErrors = 10_000;

    public async Task<SubjectImportReport?> ImportAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (SubjectsInbox.IsReport(name))
        {
            return null;
        }

        var state = activeIndex.Current;
        if (ScreeningAvailability.Problem(state) is { } unavailable)
        {
            throw new InvalidOperationException($"Subjects in '{name}' cannot be screened now ({unavailable.Code}: {unavailable.Detail}); the import is retried.");
        }

        var version = await inbox.VersionOfAsync(name, cancellationToken);
        var tally = new ImportTally(clock.GetUtcNow());
        var call = new ScreeningCall($"import-{MonitoringIds.Fingerprint(name + tally.StartedAt.UtcTicks)}", Caller);
        string? fileError = null;
        try
        {
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            var chunk = new List<BulkSubject>(ChunkSize);
            foreach (var row in SubjectCsv.Read(content, cancellationToken))
            {
                tally.Rows++;
                if (Rejection(row, seen) is { } errors)
                {
                    tally.Reject(row.Line, row[SubjectCsv.Id], errors);
                    continue;
                }

                chunk.Add(new BulkSubject((int)Math.Min(row.Line, int.MaxValue), row[SubjectCsv.Id]!, ToRequest(row)));
                if (chunk.Count == ChunkSize)
                {
                    await RegisterAsync(state, call, chunk, tally, cancellationToken);
                    chunk.Clear();
                }
            }

            await RegisterAsync(state, call, chunk, tally, cancellationToken);
        }
        catch (SubjectCsvException exception)
        {
            fileError = exception.Message;
        }

        var report = tally.Report(name, clock.GetUtcNow(), fileError);
        await inbox.CompleteAsync(name, version, report, cancellationToken);
        LogImported(logger, name, report.Created, report.Updated, report.Unchanged, report.Rejected, report.AlertsRaised);
        return report;
    }

    private Dictionary<string, string[]>? Rejection(SubjectCsvRow row, Dictionary<string, long> seen)
    {
        if (row.Error is { } error)
        {
            return new Dictionary<string, string[]> { ["row"] = [error] };
        }

        var id = row[SubjectCsv.Id];
        if (!SubjectIds.IsValid(id))
        {
            return new Dictionary<string, string[]> { [SubjectCsv.Id] = [SubjectIds.Rule] };
        }

        var invalid = validator.Validate(ToRequest(row));
        if (!invalid.IsValid)
        {
            return invalid.ToErrors();
        }

        // The first row of an id wins; a later one would silently overwrite it, so it is reported instead.
        return seen.TryAdd(id!, row.Line) ? null : new Dictionary<string, string[]> { [SubjectCsv.Id] = [$"already used on line {seen[id!]}"] };
    }

    private static SubjectRequest ToRequest(SubjectCsvRow row) => new(
        row[SubjectCsv.Kind],
        row[SubjectCsv.Name],
        SubjectCsv.Items(row[SubjectCsv.Aliases]),
        row[SubjectCsv.DateOfBirth],
        row[SubjectCsv.Country],
        [.. SubjectCsv.Items(row[SubjectCsv.Wallets]).Select(SubjectCsv.Wallet).Select(w => new WalletRequest(w.Address, w.Chain))],
        row[SubjectCsv.ClientReference]);

    private async Task RegisterAsync(ActiveIndexState state, ScreeningCall call, List<BulkSubject> chunk, ImportTally tally, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        foreach (var registered in await registration.RegisterAsync(state, chunk, call, cancellationToken))
        {
            tally.Registered(registered);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subjects import {File}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {Alerts} alerts raised")]
    private static partial void LogImported(ILogger logger, string file, long created, long updated, long unchanged, long rejected, long alerts);

    /// <summary>The running counts of one import; registrations run side by side, so counts are interlocked.</summary>
    private sealed class ImportTally(DateTimeOffset startedAt)
    {
        private readonly List<SubjectImportError> _errors = [];
        private long _created;
        private long _updated;
        private long _unchanged;
        private long _alerts;
        private long _rejected;

        public DateTimeOffset StartedAt { get; } = startedAt;
        public long Rows { get; set; }

        public void Reject(long line, string? id, IDictionary<string, string[]> errors)
        {
            _rejected++;
            if (_errors.Count < MaxListedErrors)
            {
                _errors.Add(new SubjectImportError(line, id, errors));
            }
        }

        public void Registered(SubjectRegistrationResponse registered)
        {
            Interlocked.Increment(ref registered.Created ? ref _created : ref registered.Screened ? ref _updated : ref _unchanged);
            Interlocked.Add(ref _alerts, registered.AlertsOpened.Count);
        }

        public SubjectImportReport Report(string file, DateTimeOffset finishedAt, string? fileError) =>
            new(file, StartedAt, finishedAt, Rows, _created, _updated, _unchanged, _rejected, _alerts, fileError, [.. _errors], _rejected - _errors.Count);
    }
}
