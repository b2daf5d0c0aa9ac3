namespace Screening.Domain.Names.Index;

/// <summary>One listed name in the index: its entity, the source name and its token ids in the vocabulary.</summary>
internal readonly record struct IndexedName(int EntityIndex, int NameIndexInEntity, int[] TokenIds, float WeightSum);
