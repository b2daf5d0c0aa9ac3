namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The report of one subjects import file, written to <c>subjects-inbox/processed/{file}.report.json</c>: how many rows
/// were registered, changed, unchanged or rejected, the alerts raised, and each rejected row with its line and reasons.
/// </summary>
public sealed record SubjectImportReport(
    string File,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long Rows,
    long Created,
    long Updated,
    long Unchanged,
    long Rejected,
    long AlertsRaised,
    string? FileError,
    IReadOnlyList<SubjectImportError> Errors,
    long ErrorsNotListed);

/// <summary>Why one row was not imported: its line, the subject id when it had one, and the reasons by field.</summary>
public sealed record SubjectImportError(long Line, string? Id, IDictionary<string, string[]> Errors);
