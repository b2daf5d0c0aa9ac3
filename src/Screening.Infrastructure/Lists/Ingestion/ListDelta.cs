namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>What changed between two versions of a source (blob list-deltas/{source}/{versionId}.json).</summary>
public sealed record ListDelta(
    string Source,
    string VersionId,
    string? PreviousVersionId,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Changed,
    IReadOnlyList<DeltaAddress> AddressesAdded,
    IReadOnlyList<DeltaAddress> AddressesRemoved)
{
    public ListDeltaSummary Summary => new(Added.Count, Removed.Count, Changed.Count, AddressesAdded.Count, AddressesRemoved.Count);
}

/// <summary>A wallet address as it appears in a delta: the normalized address and the entity listing it.</summary>
public sealed record DeltaAddress(string Address, string Asset, string EntityId);

/// <summary>The delta's counts, for logs, result files and the catalog.</summary>
public sealed record ListDeltaSummary(int Added, int Removed, int Changed, int AddressesAdded, int AddressesRemoved);
