namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>The entity ids added, removed and changed between two versions (<see cref="ListDeltaCalculator.CompareEntities"/>).</summary>
public sealed record EntityChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed);
