using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The current re-screen plan (one row, claimed by ETag so one instance plans each change) and which partitions of which
/// plan are done (one row each), so a redelivered message of a finished partition costs one read, and a re-screen
/// interrupted anywhere resumes with only the partitions not yet done.
/// </summary>
public sealed class RescreenPlanStore(TableServiceClient tables)
{
    private const string PlanPartition = "plan";
    private const string CurrentRow = "current";
    private readonly TableClient _table = tables.GetTableClient(MonitoringTables.Rescreens);
    private int _created;

    public async Task<(RescreenPlan? Plan, ETag ETag)> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PlanPartition, CurrentRow, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return (null, default);
        }

        var row = response.Value!;
        return (new RescreenPlan(row.GetString("Key"), row.GetString("ListsKey"), row.GetString("Versions"), row.GetString("Reason"), row.GetBoolean("Enqueued") ?? false, row.GetDateTimeOffset("UpdatedAt") ?? default,
            row.GetBoolean("Everyone") ?? false, row.GetDateTimeOffset("PlannedAt")), row.ETag);
    }

    /// <summary>Makes <paramref name="plan"/> current if the row is still as read (<paramref name="expected"/>; default when there was none). False when another instance got there first.</summary>
    public async Task<bool> TrySetCurrentAsync(RescreenPlan plan, ETag expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await EnsureTableAsync(cancellationToken);
        var row = new TableEntity(PlanPartition, CurrentRow)
        {
            ["Key"] = plan.Key,
            ["ListsKey"] = plan.ListsKey,
            ["Versions"] = plan.Versions,
            ["Reason"] = plan.Reason,
            ["Enqueued"] = plan.Enqueued,
            ["UpdatedAt"] = plan.UpdatedAt,
            ["Everyone"] = plan.Everyone,
            ["PlannedAt"] = plan.PlannedAt,
        };
        try
        {
            if (expected == default)
            {
                await _table.AddEntityAsync(row, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(row, expected, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<bool> IsDoneAsync(string planKey, int partition, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(planKey, PartitionRow(partition), select: ["RowKey"], cancellationToken: cancellationToken);
        return response.HasValue;
    }

    /// <summary>Records a partition of a plan done; <paramref name="scope"/> says what it was screened against (the delta, or everything and why).</summary>
    public async Task MarkDoneAsync(string planKey, int partition, int subjects, int alertsOpened, int alertsDelisted, DateTimeOffset at, string scope, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        await _table.UpsertEntityAsync(new TableEntity(planKey, PartitionRow(partition))
        {
            ["Subjects"] = subjects,
            ["AlertsOpened"] = alertsOpened,
            ["AlertsDelisted"] = alertsDelisted,
            ["DoneAt"] = at,
            ["Scope"] = scope,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>How many partitions of a plan are done, the subjects screened in them, and how many of those were screened against everything rather than a delta.</summary>
    public async Task<RescreenProgress> ProgressAsync(string planKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var (partitions, subjects, inFull) = (0, 0L, 0);
        await foreach (var row in _table.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(planKey)}", select: ["Subjects", "Scope"], cancellationToken: cancellationToken))
        {
            partitions++;
            subjects += row.GetInt32("Subjects") ?? 0;
            // Done rows written before deltas existed carry no scope: those partitions were screened against everything.
            inFull += row.GetString("Scope") is { } scope && !scope.StartsWith(EverythingScope, StringComparison.Ordinal) ? 0 : 1;
        }

        return new RescreenProgress(partitions, subjects, inFull);
    }

    /// <summary>How the scope of a partition screened against everything starts (<see cref="MarkDoneAsync"/>).</summary>
    public const string EverythingScope = "everything";

    private static string PartitionRow(int partition) => partition.ToString("D2", CultureInfo.InvariantCulture);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        try
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Another instance created it at the same moment.
        }

        Volatile.Write(ref _created, 1);
    }
}
