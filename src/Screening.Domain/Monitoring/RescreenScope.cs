using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Domain.Monitoring;

/// <summary>
/// What a delta re-screen screens subjects against: the entities of the full index that were added or changed since
/// the lists the subjects were last screened against. Subjects are still screened by the full index (token rarity is
/// weighed over every listed name, so scores stay what a full screening gives); the scope only keeps the evidence
/// for entities inside it, and lets a subject whose names cannot reach any of them skip the full screening.
/// </summary>
public sealed class RescreenScope
{
    public RescreenScope(ScreeningIndex index, IEnumerable<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(entityIds);
        Index = index;
        EntityIds = entityIds.Where(index.Entities.ContainsKey).ToHashSet(StringComparer.Ordinal);
        Names = index.Names.Scope(EntityIds);
    }

    /// <summary>The index the scope was made for; a subject is screened by this index only.</summary>
    public ScreeningIndex Index { get; }

    /// <summary>The added and changed entities, by id.</summary>
    public IReadOnlySet<string> EntityIds { get; }

    internal NameScope Names { get; }

    public bool Contains(string entityId) => EntityIds.Contains(entityId);
}
