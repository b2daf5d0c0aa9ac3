namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>What one refresh or upload of a source did.</summary>
public enum ListRefreshOutcome
{
    /// <summary>A new version was written and is now served.</summary>
    Activated,

    /// <summary>The content is byte-for-byte the active version's; nothing was written.</summary>
    Unchanged,

    /// <summary>The publisher answered 304 Not Modified (or the local file is unchanged).</summary>
    NotModified,

    /// <summary>A new version was written but failed a sanity gate and waits for approval; the previous one stays active.</summary>
    Held,

    /// <summary>Download, parse or storage failed; the previous version stays active.</summary>
    Failed,

    /// <summary>Another instance holds the source's lock and is refreshing it.</summary>
    Skipped,
}
