namespace Screening.Domain.Names.Scoring;

/// <summary>
/// The per-query cache of token similarities, keyed by (query token, listed token): an open-addressing table whose
/// entries carry the stamp of the query that wrote them, so emptying it for the next query is one increment instead of
/// clearing arrays (a dictionary's Clear was 4–5 % of a search in the profile, docs/benchmarks.md).
/// </summary>
internal sealed class SimilarityCache
{
    /// <summary>Above this many slots the table is not worth keeping for the thread's next query.</summary>
    public const int LargestKept = 1 << 14;

    private Entry[] entries = new Entry[256];
    private int stamp = 1;
    private int count;

    public int Capacity => entries.Length;

    public bool TryGet(int queryToken, int listedToken, out (double Similarity, TokenMatchKind Kind) value)
    {
        var key = Key(queryToken, listedToken);
        var mask = entries.Length - 1;
        for (var slot = Slot(key, mask); entries[slot].Stamp == stamp; slot = (slot + 1) & mask)
        {
            if (entries[slot].Key == key)
            {
                value = (entries[slot].Similarity, entries[slot].Kind);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Adds a pair not yet in the cache.</summary>
    public void Add(int queryToken, int listedToken, (double Similarity, TokenMatchKind Kind) value)
    {
        if (2 * (count + 1) > entries.Length)
        {
            Grow();
        }

        Insert(Key(queryToken, listedToken), value.Similarity, value.Kind);
        count++;
    }

    public void Clear()
    {
        count = 0;
        if (++stamp == int.MaxValue)
        {
            Array.Clear(entries);
            stamp = 1;
        }
    }

    private static long Key(int queryToken, int listedToken) => ((long)queryToken << 32) | (uint)listedToken;

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private void Insert(long key, double similarity, TokenMatchKind kind)
    {
        var mask = entries.Length - 1;
        var slot = Slot(key, mask);
        while (entries[slot].Stamp == stamp)
        {
            slot = (slot + 1) & mask;
        }

        entries[slot] = new Entry(key, stamp, kind, similarity);
    }

    private void Grow()
    {
        var old = entries;
        var live = stamp;
        entries = new Entry[old.Length * 2];
        stamp = 1;
        foreach (var entry in old)
        {
            if (entry.Stamp == live)
            {
                Insert(entry.Key, entry.Similarity, entry.Kind);
            }
        }
    }

    private readonly record struct Entry(long Key, int Stamp, TokenMatchKind Kind, double Similarity);
}
