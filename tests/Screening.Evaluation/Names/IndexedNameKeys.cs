using Screening.Domain.Model;
using Screening.Domain.Names.Normalization;

namespace Screening.Evaluation.Names;

/// <summary>
/// For building labels: which entities have a name containing given token keys, exactly or up to one
/// typing error per token (keys of four letters or more).
/// </summary>
internal sealed class IndexedNameKeys
{
    private readonly List<string> owners = [];
    private readonly Dictionary<string, List<int>> namesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> keysByDeletion = new(StringComparer.Ordinal);

    public IndexedNameKeys(IEnumerable<SanctionedEntity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var name in entity.Names.Count > 0 ? entity.Names : [entity.PrimaryName])
            {
                var n = owners.Count;
                owners.Add(entity.Id);
                foreach (var key in NameNormalizer.Normalize(name.Value, entity.Type == EntityType.Individual).Select(t => t.Key).Distinct())
                {
                    if (!namesByKey.TryGetValue(key, out var list))
                    {
                        namesByKey[key] = list = [];
                        foreach (var form in OneDeletionForms(key))
                        {
                            if (!keysByDeletion.TryGetValue(form, out var keys))
                            {
                                keysByDeletion[form] = keys = [];
                            }

                            keys.Add(key);
                        }
                    }

                    list.Add(n);
                }
            }
        }
    }

    /// <summary>Ids of entities with a name that contains every key (or, when <paramref name="nearly"/>, a key one error away).</summary>
    public IEnumerable<string> EntitiesContaining(IReadOnlyList<string> keys, bool nearly)
    {
        HashSet<int>? common = null;
        foreach (var key in keys)
        {
            var near = new HashSet<int>();
            foreach (var neighbour in nearly ? NearKeys(key) : [key])
            {
                if (namesByKey.TryGetValue(neighbour, out var names))
                {
                    near.UnionWith(names);
                }
            }

            if (common is null)
            {
                common = near;
            }
            else
            {
                common.IntersectWith(near);
            }

            if (common.Count == 0)
            {
                return [];
            }
        }

        return common is null ? [] : common.Select(n => owners[n]).Distinct();
    }

    private IEnumerable<string> NearKeys(string key)
    {
        yield return key;
        if (key.Length < 4)
        {
            yield break;
        }

        foreach (var form in OneDeletionForms(key))
        {
            if (keysByDeletion.TryGetValue(form, out var keys))
            {
                foreach (var neighbour in keys)
                {
                    yield return neighbour;
                }
            }
        }
    }

    private static IEnumerable<string> OneDeletionForms(string key)
    {
        yield return key;
        for (var i = 0; i < key.Length; i++)
        {
            yield return key.Remove(i, 1);
        }
    }
}
