using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Names.Index;

/// <summary>
/// Finds the few indexed names worth scoring for a query without scanning every name: each query token is
/// looked up by spelling, romanization key, consonant skeleton and deletion neighbourhood; the listed tokens
/// found (similar enough per <see cref="TokenSimilarity"/>) vote for the names that contain them with
/// similarity × rarity weight; the names with the best weighted-Dice estimate are returned.
/// </summary>
internal static class CandidateCollector
{
    [ThreadStatic]
    private static Scratch? scratch;

    public static int[] Collect(
        QueryContext query,
        IndexedName[] names,
        Func<int, bool> typeAllowed,
        IReadOnlyDictionary<string, int[]> joinedPairs,
        int poolSize)
    {
        var vocabulary = query.Vocabulary;
        var work = scratch is { } existing && existing.Accumulated.Length >= names.Length ? existing : (scratch = new Scratch(names.Length));
        var tokens = query.Tokens;
        var allWeak = tokens.All(t => t.IsWeak);
        var found = new List<(int Token, double Similarity)>(32);
        var seen = new HashSet<int>();
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.IsWeak && !allWeak)
                {
                    continue;
                }

                found.Clear();
                seen.Clear();
                if (vocabulary.TryGetByText(token.Text, out var exact))
                {
                    Consider(query, i, exact, found, seen);
                }

                foreach (var id in vocabulary.ByKey(token.Key))
                {
                    Consider(query, i, id, found, seen);
                }

                foreach (var spelling in TokenVocabulary.Spellings(token))
                {
                    if (spelling.Length > 64)
                    {
                        continue;
                    }

                    // Short query tokens look up only their whole form: it meets listed tokens one letter longer.
                    int count;
                    if (spelling.Length >= vocabulary.MinimumTypoTokenLength)
                    {
                        count = DeletionNeighbourhood.Forms(spelling, work.Forms);
                    }
                    else
                    {
                        work.Forms[0] = DeletionNeighbourhood.WholeForm(spelling);
                        count = 1;
                    }

                    foreach (var form in work.Forms.AsSpan(0, count))
                    {
                        foreach (var id in vocabulary.ByDeletionForm(form))
                        {
                            Consider(query, i, id, found, seen);
                        }
                    }
                }

                // Consonant skeletons mainly serve tokens written without vowels (Arabic script through
                // transliteration); for others they are a fallback, since their buckets are large.
                if (!TokenSimilarity.HasVowel(token.Text) || found.Count == 0)
                {
                    foreach (var id in vocabulary.BySkeleton(token.Skeleton))
                    {
                        Consider(query, i, id, found, seen);
                    }
                }

                // The query token joined from two query tokens equals one listed token ("KWANG SON" → "KWANGSON").
                if (i + 1 < tokens.Count)
                {
                    var joinedIds = vocabulary.ByKey(token.Key + tokens[i + 1].Key);
                    if (vocabulary.TryGetByText(token.Text + tokens[i + 1].Text, out var joinedText))
                    {
                        joinedIds = [.. joinedIds, joinedText];
                    }

                    foreach (var id in joinedIds)
                    {
                        if (seen.Add(id))
                        {
                            found.Add((id, query.Options.JoinedTokenSimilarity));
                        }
                    }
                }

                found.Sort(static (a, b) => b.Similarity.CompareTo(a.Similarity));
                var generation = ++work.Generation;
                foreach (var (id, similarity) in found)
                {
                    var vote = (float)(similarity * vocabulary.Weights[id]);
                    foreach (var name in vocabulary.Postings[id])
                    {
                        work.Vote(name, generation, vote);
                    }
                }

                // One query token equals two adjacent listed tokens joined ("KWANGSON" → "KWANG SON").
                foreach (var spelling in TokenVocabulary.Spellings(token))
                {
                    if (joinedPairs.TryGetValue(spelling, out var joinedNames))
                    {
                        var vote = (float)(query.Options.JoinedTokenSimilarity * query.Weights[i]);
                        foreach (var name in joinedNames)
                        {
                            work.Vote(name, generation, vote);
                        }
                    }
                }
            }

            return work.Best(names, typeAllowed, query.WeightSum, poolSize);
        }
        finally
        {
            work.Reset();
        }
    }

    private static void Consider(QueryContext query, int queryToken, int listedToken, List<(int, double)> found, HashSet<int> seen)
    {
        if (!seen.Add(listedToken))
        {
            return;
        }

        var (similarity, _) = query.Similarity(queryToken, listedToken);
        if (similarity > 0)
        {
            found.Add((listedToken, similarity));
        }
    }

    private sealed class Scratch(int size)
    {
        public float[] Accumulated { get; } = new float[size];

        public ulong[] Forms { get; } = new ulong[DeletionNeighbourhood.BufferSize];

        private readonly int[] marks = new int[size];
        private readonly List<int> touched = new(1024);

        public int Generation { get; set; }

        public void Vote(int name, int generation, float vote)
        {
            if (marks[name] == generation)
            {
                return;
            }

            marks[name] = generation;
            if (Accumulated[name] == 0)
            {
                touched.Add(name);
            }

            Accumulated[name] += vote;
        }

        public int[] Best(IndexedName[] names, Func<int, bool> typeAllowed, double queryWeight, int poolSize)
        {
            var heap = new PriorityQueue<int, double>(poolSize + 1);
            foreach (var name in touched)
            {
                var indexed = names[name];
                var estimate = 2 * Accumulated[name] / (queryWeight + indexed.WeightSum);
                if (heap.Count == poolSize && (!heap.TryPeek(out _, out var lowest) || estimate <= lowest))
                {
                    continue;
                }

                if (!typeAllowed(indexed.EntityIndex))
                {
                    continue;
                }

                if (heap.Count < poolSize)
                {
                    heap.Enqueue(name, estimate);
                }
                else
                {
                    heap.EnqueueDequeue(name, estimate);
                }
            }

            var result = new int[heap.Count];
            for (var i = result.Length - 1; i >= 0; i--)
            {
                result[i] = heap.Dequeue();
            }

            return result;
        }

        public void Reset()
        {
            foreach (var name in touched)
            {
                Accumulated[name] = 0;
            }

            touched.Clear();
            if (Generation > int.MaxValue - 1000)
            {
                Array.Clear(marks);
                Generation = 0;
            }
        }
    }
}
