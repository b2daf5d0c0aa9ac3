namespace Screening.Domain.Names.Index;

/// <summary>
/// A query token the lists do not know may be two listed tokens with the space between them lost
/// ("AHMEDQASSIM" for "AHMED, Qassim", "GELOWICZFRITZ" for "GELOWICZ, Fritz Martin"). The pairs joined at index
/// time cover tokens adjacent in the normalized name; this covers any two tokens of one name, in either order,
/// since "LAST, First" reordering moves the surname away from the given name it was typed against. Each split
/// point whose two halves are listed tokens (by spelling or romanization key, <see cref="LostSpaceSplits"/>) yields the names holding both.
/// </summary>
internal static class LostSpaceLookup
{
    /// <summary>Above this many names for a half, intersecting postings costs more than the evidence is worth.</summary>
    private const int LongestPostings = 20_000;

    public static IEnumerable<int> NamesHoldingBothHalves(TokenVocabulary vocabulary, LostSpaceSplit[] splits)
    {
        foreach (var split in splits)
        {
            var left = Postings(vocabulary, split.LeftText, split.LeftKey);
            if (left.Count == 0)
            {
                continue;
            }

            var right = Postings(vocabulary, split.RightText, split.RightKey);
            foreach (var name in Intersect(left, right))
            {
                yield return name;
            }
        }
    }

    private static List<int[]> Postings(TokenVocabulary vocabulary, string half, string key)
    {
        var lists = new List<int[]>(2);
        if (vocabulary.TryGetByText(half, out var id))
        {
            lists.Add(vocabulary.Postings[id]);
        }
        else
        {
            id = -1;
        }

        foreach (var byKey in vocabulary.ByKey(key))
        {
            if (byKey != id)
            {
                lists.Add(vocabulary.Postings[byKey]);
            }
        }

        lists.RemoveAll(p => p.Length > LongestPostings);
        return lists;
    }

    private static IEnumerable<int> Intersect(List<int[]> left, List<int[]> right)
    {
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                // Postings are ascending: a merge walk.
                int i = 0, j = 0;
                while (i < a.Length && j < b.Length)
                {
                    if (a[i] == b[j])
                    {
                        yield return a[i];
                        i++;
                        j++;
                    }
                    else if (a[i] < b[j])
                    {
                        i++;
                    }
                    else
                    {
                        j++;
                    }
                }
            }
        }
    }
}
