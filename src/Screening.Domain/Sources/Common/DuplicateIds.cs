using Screening.Domain.Model;

namespace Screening.Domain.Sources.Common;

/// <summary>Entity ids must be unique within a list: they key the index and the evidence trail.</summary>
internal static class DuplicateIds
{
    public static void Check(string fileName, IReadOnlyList<SanctionedEntity> entities)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!seen.Add(entity.Id))
            {
                throw new ListParseException(fileName, $"entity id {entity.Id} appears twice");
            }
        }
    }
}
