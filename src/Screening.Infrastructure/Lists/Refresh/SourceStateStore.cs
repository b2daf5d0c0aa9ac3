using System.Globalization;
using Azure.Data.Tables;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// Refresh bookkeeping: the state row per source (validators, last attempt, last confirmation) and a
/// history row per attempt (table ListRefreshAttempts, PK source, RK inverted ticks so newest sorts first).
/// </summary>
public sealed class SourceStateStore(ListStorage storage)
{
    public const string StatePartition = "state";

    public async Task<SourceState?> GetAsync(string source, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await storage.Table(ListTables.SourceState).GetEntityIfExistsAsync<TableEntity>(StatePartition, TableKey.Escape(source), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToState(row.Value!) : null;
    }

    public async Task<IReadOnlyDictionary<string, SourceState>> GetAllAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        await foreach (var row in storage.Table(ListTables.SourceState).QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(StatePartition)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var state = ToState(row);
            states[state.Source] = state;
        }

        return states;
    }

    /// <summary>
    /// Records an attempt. Validators are replaced only when given (a fresh download); a successful
    /// outcome (activated, unchanged, not modified) confirms the source as current.
    /// </summary>
    public async Task RecordAsync(RefreshAttempt attempt, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(StatePartition, TableKey.Escape(attempt.Source))
        {
            ["Source"] = attempt.Source,
            ["LastAttemptAt"] = attempt.At,
            ["LastOutcome"] = attempt.Outcome.ToString(),
            ["LastVersionId"] = attempt.VersionId ?? string.Empty,
            ["LastError"] = Truncate(attempt.Error) ?? string.Empty,
            ["LastTrigger"] = attempt.Trigger,
            ["LastReason"] = Truncate(attempt.Reason) ?? string.Empty,
            ["LastRequestedBy"] = attempt.RequestedBy ?? string.Empty,
        };
        if (etag is not null || lastModified is not null)
        {
            row["ETag"] = etag ?? string.Empty;
            row["LastModified"] = lastModified?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (attempt.Outcome is ListRefreshOutcome.Activated or ListRefreshOutcome.Unchanged or ListRefreshOutcome.NotModified)
        {
            row["LastConfirmedAt"] = attempt.At;
        }

        // Merge keeps the validators and confirmation time of earlier attempts when this one has none.
        await storage.Table(ListTables.SourceState).UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);

        var history = new TableEntity(TableKey.Escape(attempt.Source), (DateTimeOffset.MaxValue.UtcTicks - attempt.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8])
        {
            ["At"] = attempt.At,
            ["Outcome"] = attempt.Outcome.ToString(),
            ["VersionId"] = attempt.VersionId ?? string.Empty,
            ["Error"] = Truncate(attempt.Error) ?? string.Empty,
            ["Trigger"] = attempt.Trigger,
            ["Reason"] = Truncate(attempt.Reason) ?? string.Empty,
            ["RequestedBy"] = attempt.RequestedBy ?? string.Empty,
        };
        await storage.Table(ListTables.Attempts).AddEntityAsync(history, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest attempts of a source, newest first.</summary>
    public async Task<IReadOnlyList<RefreshAttempt>> GetHistoryAsync(string source, int take, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var attempts = new List<RefreshAttempt>();
        await foreach (var row in storage.Table(ListTables.Attempts).QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(TableKey.Escape(source))}", maxPerPage: take, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            attempts.Add(new RefreshAttempt(
                source,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                Enum.Parse<ListRefreshOutcome>(row.GetString("Outcome") ?? nameof(ListRefreshOutcome.Failed)),
                NullIfEmpty(row.GetString("VersionId")),
                NullIfEmpty(row.GetString("Error")),
                row.GetString("Trigger") ?? "refresh",
                NullIfEmpty(row.GetString("Reason")),
                NullIfEmpty(row.GetString("RequestedBy"))));
            if (attempts.Count == take)
            {
                break;
            }
        }

        return attempts;
    }

    private static SourceState ToState(TableEntity row)
    {
        var source = row.GetString("Source") ?? TableKey.Unescape(row.RowKey);
        var attempt = row.GetDateTimeOffset("LastAttemptAt") is { } at
            ? new RefreshAttempt(
                source,
                at,
                Enum.Parse<ListRefreshOutcome>(row.GetString("LastOutcome") ?? nameof(ListRefreshOutcome.Failed)),
                NullIfEmpty(row.GetString("LastVersionId")),
                NullIfEmpty(row.GetString("LastError")),
                row.GetString("LastTrigger") ?? "refresh",
                NullIfEmpty(row.GetString("LastReason")),
                NullIfEmpty(row.GetString("LastRequestedBy")))
            : null;
        var lastModified = NullIfEmpty(row.GetString("LastModified")) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : (DateTimeOffset?)null;
        return new SourceState(source, NullIfEmpty(row.GetString("ETag")), lastModified, attempt, row.GetDateTimeOffset("LastConfirmedAt"));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Truncate(string? value) => value is { Length: > 8_000 } ? value[..8_000] : value;
}
