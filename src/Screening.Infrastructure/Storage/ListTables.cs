namespace Screening.Infrastructure.Storage;

/// <summary>Table and blob container names of the list store (docs/storage.md explains each).</summary>
public static class ListTables
{
    public const string Versions = "ListVersions";
    public const string Pointers = "ListPointers";
    public const string Entities = "ListEntities";
    public const string Addresses = "ListAddresses";
    public const string SourceState = "ListSourceState";
    public const string Attempts = "ListRefreshAttempts";

    /// <summary>Who uploaded which list content through the console (four eyes on approval).</summary>
    public const string ConsoleUploads = "ConsoleUploads";

    public const string SnapshotContainer = "list-snapshots";
    public const string ArchiveContainer = "list-archive";
    public const string DeltaContainer = "list-deltas";
    public const string LockContainer = "list-locks";
    public const string InboxContainer = "list-inbox";

    public static IReadOnlyList<string> AllTables { get; } = [Versions, Pointers, Entities, Addresses, SourceState, Attempts, ConsoleUploads];

    public static IReadOnlyList<string> AllContainers { get; } = [SnapshotContainer, ArchiveContainer, DeltaContainer, LockContainer, InboxContainer];
}
