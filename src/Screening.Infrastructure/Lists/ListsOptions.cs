namespace Screening.Infrastructure.Lists;

/// <summary>The <c>Lists</c> configuration section: which lists to refresh and how the store keeps them.</summary>
public sealed class ListsOptions
{
    public const string SectionName = "Lists";

    /// <summary>Official sources by name; defaults are filled in for ofac-sdn, ofac-cons, un, jp-mof and eu-fsf unless configured.</summary>
    public Dictionary<string, ListSourceOptions> Sources { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often every instance checks the active-version pointers.</summary>
    public TimeSpan ActivationPollInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long lists may go unconfirmed before screening answers lists.stale.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A new version with fewer entities than this fraction below the active one is held for approval.</summary>
    public double ShrinkThreshold { get; set; } = 0.10;

    /// <summary>How many versions per source keep their rows and snapshot (the active one always does).</summary>
    public int RetainedVersions { get; set; } = 5;

    /// <summary>Entity partitions per version; more partitions write faster on real Table Storage.</summary>
    public int EntityShards { get; set; } = 8;

    /// <summary>Table transactions in flight at once while writing a version.</summary>
    public int WriteConcurrency { get; set; } = 4;

    /// <summary>How long a refresh holds its per-source lock blob lease before renewing (15 to 60 s).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    public ListDownloadOptions Download { get; init; } = new();
}
