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

    /// <summary>Fills <paramref name="names"/> with the names holding both halves of some split, split by split; the two postings lists are scratch.</summary>
    public static void NamesHoldingBothHalves(
        TokenVocabulary vocabulary, LostSpaceSplit[] splits, List<int> names, List<int[]> leftPostings, List<int[]> rightPostings)
    {
        names.Clear();
        foreach (var split in splits)
        {
            Postings(vocabulary, split.LeftText, split.LeftKey, leftPostings);
            if (leftPostings.Count == 0)
            {
                continue;
            }

            Postings(vocabulary, split.RightText, split.RightKey, rightPostings);
            Intersect(leftPostings, rightPostings, names);
        }
    }

    private static void Postings(TokenVocabulary vocabulary, string half, string key, List<int[]> lists)
    {
        lists.Clear();
        if (vocabulary.TryGetByText(half, out var id))
        {
            AddUnlessLong(vocabulary.Postings[id], lists);
        }
        else
        {
            id = -1;
        }

        foreach (var byKey in vocabulary.ByKey(key))
        {
            if (byKey != id)
            {
                AddUnlessLong(vocabulary.Postings[byKey], lists);
            }
        }
    }

    private static void AddUnlessLong(int[] postings, List<int[]> lists)
    {
        if (postings.Length <= LongestPostings)
        {
            lists.Add(postings);
        }
    }

    private static void Intersect(List<int[]> left, List<int[]> right, List<int> names)
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
                        names.Add(a[i]);
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
