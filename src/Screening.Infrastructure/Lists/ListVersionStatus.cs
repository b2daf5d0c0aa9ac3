namespace Screening.Infrastructure.Lists;

/// <summary>Where one stored version of a list stands. Only the pointer row decides what is served.</summary>
public enum ListVersionStatus
{
    /// <summary>Rows are being written; never served. Left behind by a crash, it is marked Failed by the next write.</summary>
    Writing,

    /// <summary>The version the source's pointer names.</summary>
    Active,

    /// <summary>Was active; kept for audit and rollback until retention purges its rows.</summary>
    Superseded,

    /// <summary>Complete but failed a sanity gate (shrink); waits for approval.</summary>
    Held,

    /// <summary>Could not be parsed or written; <see cref="ListVersionRecord.Error"/> says why.</summary>
    Failed,

    /// <summary>Rows and snapshot deleted by retention; the record and the archived original stay.</summary>
    Purged,
}
