namespace Screening.Infrastructure.Lists.Versions;

/// <summary>What came of an operator's activation of a stored version.</summary>
public enum VersionActivationOutcome
{
    /// <summary>The version is served now; the one it replaced is superseded.</summary>
    Activated,

    /// <summary>No such source: not configured and no version stored.</summary>
    SourceUnknown,

    /// <summary>The source has no such version.</summary>
    VersionUnknown,

    /// <summary>The version exists but cannot be served: failed, purged, being written, already active, or its rows no longer read back whole.</summary>
    NotActivatable,

    /// <summary>A refresh, upload or other activation holds the source's lock, or moved its pointer meanwhile; nothing changed.</summary>
    SourceBusy,
}
