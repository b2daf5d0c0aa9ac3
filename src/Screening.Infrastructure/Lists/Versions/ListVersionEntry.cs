namespace Screening.Infrastructure.Lists.Versions;

/// <summary>
/// One stored version as an operator sees it: its record, its status as the pointer has it, and whether it
/// may be activated (approved when held, rolled back to when superseded) or, if not, why not.
/// </summary>
public sealed record ListVersionEntry(ListVersionRecord Record, ListVersionStatus Status, bool IsActive, string? NotActivatable)
{
    public bool CanActivate => NotActivatable is null;

    /// <summary>
    /// Only the pointer decides what is served: the version it names is Active whatever its record says
    /// (a crash can leave Writing), and a record still saying Active that the pointer no longer names is Superseded.
    /// </summary>
    public static ListVersionEntry Of(ListVersionRecord record, string? activeVersionId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var isActive = record.VersionId == activeVersionId;
        var status = isActive
            ? ListVersionStatus.Active
            : record.Status == ListVersionStatus.Active ? ListVersionStatus.Superseded : record.Status;
        return new ListVersionEntry(record, status, isActive, Refusal(record, status));
    }

    private static string? Refusal(ListVersionRecord record, ListVersionStatus status) => status switch
    {
        ListVersionStatus.Held or ListVersionStatus.Superseded => null,
        ListVersionStatus.Active => $"Version {record.VersionId} is already active.",
        ListVersionStatus.Writing => $"Version {record.VersionId} is being written, or its write was interrupted; it was never stored whole.",
        ListVersionStatus.Failed => $"Version {record.VersionId} failed and was never stored whole: {record.Error}",
        ListVersionStatus.Purged => $"Version {record.VersionId} was purged by retention: its rows and snapshot are deleted (its record and archived original remain).",
        _ => $"Version {record.VersionId} is {status}.",
    };
}
