using Screening.Infrastructure.Lists.Ingestion;

namespace Screening.Functions.Console;

/// <summary>The console's view of a held version's delta against the active one.</summary>
public sealed record HeldVersionDeltaView(
    string Source,
    string VersionId,
    string? AgainstVersionId,
    ListDeltaSummary Totals,
    IReadOnlyList<DeltaEntityView> Added,
    IReadOnlyList<DeltaEntityView> Removed,
    IReadOnlyList<DeltaEntityView> Changed,
    IReadOnlyList<DeltaAddress> AddressesAdded,
    IReadOnlyList<DeltaAddress> AddressesRemoved);

/// <summary>An entity in a delta: its id and primary name.</summary>
public sealed record DeltaEntityView(string Id, string? Name);
