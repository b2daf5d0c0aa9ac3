using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Domain.Monitoring;

/// <summary>
/// What a delta re-screen screens subjects against: the entities of the full index that were added or changed since
/// the lists the subjects were last screened against. Subjects are still screened by the full index (token rarity is
/// weighed over every listed name, so scores stay what a full screening gives); the scope only keeps the evidence
/// for entities inside it, and lets a subject whose names cannot reach any of them, directly or through a katakana
/// listing's English name, skip the full screening.
/// </summary>
public sealed class RescreenScope
{
    public RescreenScope(ScreeningIndex index, IEnumerable<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(entityIds);
        Index = index;
        EntityIds = entityIds.Where(index.Entities.ContainsKey).ToHashSet(StringComparer.Ordinal);
        Names = index.Names.Scope(EntityIds.Concat(index.Bridge.SourcesReaching(EntityIds)));
    }

    /// <summary>The index the scope was made for; a subject is screened by this index only.</summary>
    public ScreeningIndex Index { get; }

    /// <summary>The added and changed entities, by id.</summary>
    public IReadOnlySet<string> EntityIds { get; }

    /// <summary>
    /// The names a subject's name is first searched among: those of the scoped entities, and those of the
    /// katakana-listed entries whose English name reaches one of them (<see cref="TranscriptionBridge"/>), since a name
    /// that matches such an entry by its katakana name is bridged to the scoped entity by the full screening.
    /// </summary>
    internal NameScope Names { get; }

    public bool Contains(string entityId) => EntityIds.Contains(entityId);
}
