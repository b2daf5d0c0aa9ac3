using Azure;
using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// Version records (table ListVersions) and active pointers (table ListPointers). Activation is one
/// conditional write of the pointer row (ETag), done only after every row of the version is stored.
/// </summary>
public sealed class ListVersionStore(ListStorage storage)
{
    public const string PointerPartition = "active";

    private TableClient Versions => storage.Table(ListTables.Versions);
    private TableClient Pointers => storage.Table(ListTables.Pointers);

    public async Task<IReadOnlyDictionary<string, ActivePointer>> GetPointersAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var pointers = new Dictionary<string, ActivePointer>(StringComparer.Ordinal);
        await foreach (var row in Pointers.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(PointerPartition)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var pointer = ToPointer(row);
            pointers[pointer.Source] = pointer;
        }

        return pointers;
    }

    public async Task<ActivePointer?> GetPointerAsync(string source, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await Pointers.GetEntityIfExistsAsync<TableEntity>(PointerPartition, TableKey.Escape(source), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToPointer(row.Value!) : null;
    }

    /// <summary>
    /// Points the source at <paramref name="versionId"/> if the pointer is still <paramref name="expected"/>
    /// (null: no pointer yet); throws <see cref="ListActivationConflictException"/> otherwise.
    /// </summary>
    public async Task<ActivePointer> ActivateAsync(string source, string versionId, ActivePointer? expected, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new TableEntity(PointerPartition, TableKey.Escape(source))
        {
            ["VersionId"] = versionId,
            ["ActivatedAt"] = now,
        };
        try
        {
            var response = expected is null
                ? await Pointers.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await Pointers.UpdateEntityAsync(row, expected.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new ActivePointer(source, versionId, now, response.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ListActivationConflictException(source, versionId, ex);
        }
    }

    public async Task SaveAsync(ListVersionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await Versions.UpsertEntityAsync(ToRow(record), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ListVersionRecord?> GetAsync(string source, string versionId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await Versions.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(source), versionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    /// <summary>Every version of a source, newest first.</summary>
    public async Task<IReadOnlyList<ListVersionRecord>> ListAsync(string source, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<ListVersionRecord>();
        await foreach (var row in Versions.QueryAsync<TableEntity>($"PartitionKey eq {TableKey.Literal(TableKey.Escape(source))}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToRecord(row));
        }

        records.Sort((a, b) => string.CompareOrdinal(b.VersionId, a.VersionId));
        return records;
    }

    /// <summary>The record the source's pointer names, with the pointer, or nulls when the source has none.</summary>
    public async Task<(ActivePointer? Pointer, ListVersionRecord? Record)> GetActiveAsync(string source, CancellationToken cancellationToken)
    {
        var pointer = await GetPointerAsync(source, cancellationToken).ConfigureAwait(false);
        if (pointer is null)
        {
            return (null, null);
        }

        var record = await GetAsync(source, pointer.VersionId, cancellationToken).ConfigureAwait(false)
                     ?? throw new InvalidDataException($"The active pointer of {source} names version {pointer.VersionId}, which has no record.");
        return (pointer, record);
    }

    private static ActivePointer ToPointer(TableEntity row) =>
        new(TableKey.Unescape(row.RowKey), row.GetString("VersionId") ?? throw new InvalidDataException($"Pointer {row.RowKey} has no VersionId."),
            row.GetDateTimeOffset("ActivatedAt") ?? DateTimeOffset.MinValue, row.ETag);

    private static TableEntity ToRow(ListVersionRecord record) => new(TableKey.Escape(record.Source), record.VersionId)
    {
        ["Source"] = record.Source,
        ["Status"] = record.Status.ToString(),
        ["ContentHash"] = record.ContentHash,
        ["LoadedAt"] = record.LoadedAt,
        ["Format"] = record.Format?.ToString(),
        ["PublishedAt"] = record.PublishedAt,
        ["ActivatedAt"] = record.ActivatedAt,
        ["DeclaredCount"] = record.DeclaredCount,
        ["ParsedCount"] = record.ParsedCount,
        ["EntityCount"] = record.EntityCount,
        ["NameCount"] = record.NameCount,
        ["AddressCount"] = record.AddressCount,
        ["Shards"] = record.Shards,
        ["FileName"] = record.FileName,
        ["Error"] = record.Error is { Length: > 30_000 } error ? error[..30_000] : record.Error,
        ["RolledBackAt"] = record.RolledBackAt,
        ["RolledBackReason"] = record.RolledBackReason,
        ["DeltaAdded"] = record.Delta?.Added,
        ["DeltaRemoved"] = record.Delta?.Removed,
        ["DeltaChanged"] = record.Delta?.Changed,
        ["DeltaAddressesAdded"] = record.Delta?.AddressesAdded,
        ["DeltaAddressesRemoved"] = record.Delta?.AddressesRemoved,
    };

    private static ListVersionRecord ToRecord(TableEntity row) => new()
    {
        Source = row.GetString("Source") ?? TableKey.Unescape(row.PartitionKey),
        VersionId = row.RowKey,
        Status = Enum.Parse<ListVersionStatus>(row.GetString("Status") ?? nameof(ListVersionStatus.Failed)),
        ContentHash = row.GetString("ContentHash") ?? string.Empty,
        LoadedAt = row.GetDateTimeOffset("LoadedAt") ?? DateTimeOffset.MinValue,
        Format = Enum.TryParse<ListFormat>(row.GetString("Format"), out var format) ? format : null,
        PublishedAt = row.GetDateTimeOffset("PublishedAt"),
        ActivatedAt = row.GetDateTimeOffset("ActivatedAt"),
        DeclaredCount = row.GetInt32("DeclaredCount"),
        ParsedCount = row.GetInt32("ParsedCount") ?? 0,
        EntityCount = row.GetInt32("EntityCount") ?? 0,
        NameCount = row.GetInt32("NameCount") ?? 0,
        AddressCount = row.GetInt32("AddressCount") ?? 0,
        Shards = row.GetInt32("Shards") ?? 1,
        FileName = row.GetString("FileName"),
        Error = row.GetString("Error"),
        RolledBackAt = row.GetDateTimeOffset("RolledBackAt"),
        RolledBackReason = row.GetString("RolledBackReason"),
        Delta = row.GetInt32("DeltaAdded") is int added
            ? new Ingestion.ListDeltaSummary(added, row.GetInt32("DeltaRemoved") ?? 0, row.GetInt32("DeltaChanged") ?? 0, row.GetInt32("DeltaAddressesAdded") ?? 0, row.GetInt32("DeltaAddressesRemoved") ?? 0)
            : null,
    };
}
