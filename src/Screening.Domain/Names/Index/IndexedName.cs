using Screening.Domain.Model;

namespace Screening.Domain.Names.Index;

/// <summary>
/// One listed name in the index: its entity, the source name and its token ids in the vocabulary. The source name's
/// strength and whether the entity is a person are copied here so scoring a candidate reads no entity object unless the
/// query has qualifiers.
/// </summary>
internal readonly record struct IndexedName(int EntityIndex, int NameIndexInEntity, int[] TokenIds, float WeightSum, NameStrength Strength, bool Individual);
