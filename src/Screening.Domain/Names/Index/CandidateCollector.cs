using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Names.Index;

/// <summary>
/// Finds the few indexed names worth scoring for a query without scanning every name: each query token is
/// looked up by spelling, romanization key, consonant skeleton and deletion neighbourhood; the listed tokens
/// found (similar enough per <see cref="TokenSimilarity"/>) vote for the names that contain them with
/// similarity × rarity weight; the names with the best weighted-Dice estimate are returned. Query tokens are
/// taken rarest first, and once some names are proposed, a listed token found for a query token proposes new names
/// only while the postings of the closer listed tokens and its own stay within <see cref="NameMatchingOptions.CommonTokenPostings"/>;
/// beyond that it only adds to candidates already proposed: a name sharing nothing but "MUHAMMAD" with the query cannot win.
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
        int poolSize,
        int commonTokenPostings)
    {
        var vocabulary = query.Vocabulary;
        var work = scratch is { } existing && existing.Accumulated.Length >= names.Length ? existing : (scratch = new Scratch(names.Length));
        var tokens = query.Tokens;
        var allWeak = tokens.All(t => t.IsWeak);
        var found = new List<(int Token, double Similarity)>(32);
        var seen = new HashSet<int>();
        try
        {
            // Rarest tokens first: once they have proposed candidates, very common tokens only add to those.
            var order = Enumerable.Range(0, tokens.Count).OrderByDescending(i => query.Weights[i]).ToArray();
            foreach (var i in order)
            {
                var token = tokens[i];
                found.Clear();
                seen.Clear();

                // A weak token ("AG", "AL") proposes nothing by itself, but may be half of a split word ("AG HAJANI").
                var exact = -1;
                if (!token.IsWeak || allWeak)
                {
                    exact = LookUpOwnSpellings(query, i, token, work, found, seen);
                }

                // The query token joined from two (or three) query tokens equals one listed token ("KWANG SON" → "KWANGSON").
                // Added even when the listed token was already seen as a poor typo of this half ("MALE" / "MALEKI").
                if (i + 1 < tokens.Count)
                {
                    var joinedIds = vocabulary.ByKey(token.Key + tokens[i + 1].Key);
                    if (query.JoinedKeys[i] is { } joinedKey)
                    {
                        joinedIds = [.. joinedIds, .. vocabulary.ByKey(joinedKey)];
                    }

                    if (vocabulary.TryGetByText(token.Text + tokens[i + 1].Text, out var joinedText))
                    {
                        joinedIds = [.. joinedIds, joinedText];
                    }

                    // Three query tokens joined: a three-syllable Han name written as one word ("XIAO RUI ZHI" → "XIAORUIZHI").
                    if (i + 2 < tokens.Count)
                    {
                        var third = tokens[i + 2];
                        joinedIds = [.. joinedIds, .. vocabulary.ByKey(token.Key + tokens[i + 1].Key + third.Key)];
                        if (query.ThreeJoinedKeys[i] is { } threeJoinedKey)
                        {
                            joinedIds = [.. joinedIds, .. vocabulary.ByKey(threeJoinedKey)];
                        }

                        if (vocabulary.TryGetByText(token.Text + tokens[i + 1].Text + third.Text, out var tripleText))
                        {
                            joinedIds = [.. joinedIds, tripleText];
                        }
                    }

                    foreach (var id in joinedIds)
                    {
                        AddJoined(id, query.Options.JoinedTokenSimilarity, found, seen);
                    }
                }

                if (found.Count == 0 && token.IsWeak && !allWeak)
                {
                    continue;
                }

                found.Sort(static (a, b) => b.Similarity.CompareTo(a.Similarity));
                var generation = ++work.Generation;

                // The closest listed tokens propose names until their postings exhaust the budget; the rest only add
                // to names already proposed. Counted per listed token, not per query token, so the exact match of a
                // rare token ("KHAKI") still proposes its names when its fuzzy neighbours ("KHAN") are common.
                var budget = commonTokenPostings;
                var othersProposed = work.TouchedCount > 0;
                foreach (var (id, similarity) in found)
                {
                    var addOnly = othersProposed && vocabulary.Postings[id].Length > budget;
                    if (!addOnly)
                    {
                        budget -= vocabulary.Postings[id].Length;
                    }

                    var vote = (float)(similarity * vocabulary.Weights[id]);
                    foreach (var name in vocabulary.Postings[id])
                    {
                        work.Vote(name, generation, vote, addOnly);
                    }
                }

                // One query token equals two adjacent listed tokens joined ("KWANGSON" → "KWANG SON").
                var joinedVote = (float)(query.Options.JoinedTokenSimilarity * query.Weights[i]);
                foreach (var spelling in TokenVocabulary.Spellings(token))
                {
                    if (joinedPairs.TryGetValue(spelling, out var joinedNames))
                    {
                        foreach (var name in joinedNames)
                        {
                            work.Vote(name, generation, joinedVote, addOnly: false);
                        }
                    }
                }

                // An unknown query token may be any two tokens of a name with the space lost ("AHMEDQASSIM"), adjacent
                // or not ("ALIAHMED" for "ALI, Ahmed Mohammed": the joined pairs only hold adjacent tokens).
                if (!query.IsKnown[i] && exact < 0 && (!token.IsWeak || allWeak))
                {
                    foreach (var name in LostSpaceLookup.NamesHoldingBothHalves(vocabulary, query.SplitsOf(i)))
                    {
                        work.Vote(name, generation, joinedVote, addOnly: false);
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

    /// <summary>Listed tokens found from the token's own spellings: exact, key, deletion forms, skeleton. Returns the exact id or -1.</summary>
    private static int LookUpOwnSpellings(
        QueryContext query, int i, NameToken token, Scratch work, List<(int Token, double Similarity)> found, HashSet<int> seen)
    {
        var vocabulary = query.Vocabulary;
        if (!vocabulary.TryGetByText(token.Text, out var exact))
        {
            exact = -1;
        }
        else
        {
            Consider(query, i, exact, found, seen);
        }

        foreach (var id in vocabulary.ByKey(token.Key))
        {
            Consider(query, i, id, found, seen);
        }

        // A kana token also finds the Latin tokens it sounds like (ウラジーミル / VLADIMIR), which no spelling lookup reaches.
        if (token.KanaPhoneticKey is { } phoneticKey)
        {
            foreach (var id in vocabulary.ByKanaPhoneticKey(phoneticKey))
            {
                Consider(query, i, id, found, seen);
            }

            // Japanese has one final nasal, ン, for N and NG: ウン finds UNG (KIM, Nam Ung), タン TANG.
            if (token.Spelling.EndsWith('N') && vocabulary.TryGetByText(token.Spelling + "G", out var withNg))
            {
                Consider(query, i, withNg, found, seen);
            }

            // アルハリク finds KHALIQ too: the Arabic article written against the word (KatakanaPhoneticKey.WithoutArabicArticle),
            // by its key and, when the key is too short to look up (アルラヒャ, RAHYA: RH), by its spelling.
            if (KatakanaPhoneticKey.WithoutArabicArticle(token.Spelling) is { } withoutArticle)
            {
                foreach (var id in vocabulary.ByKanaPhoneticKey(KatakanaPhoneticKey.ForKana(withoutArticle)))
                {
                    Consider(query, i, id, found, seen);
                }

                LookUpTypos(query, i, token with { Key = withoutArticle, Spelling = withoutArticle }, work, found, seen, includeTwoDeletions: false);
            }
        }

        LookUpTypos(query, i, token, work, found, seen, includeTwoDeletions: false);

        // Two-letter deletions on the query side find the listed tokens two errors away that one deletion
        // does not (two substitutions, two insertions); they are many and collide often, so they are looked
        // up only when nothing close was found. Looking them up always doubled the cost per query and only
        // added unlisted names at match (0.6 % → 1.0 %), while recall did not change (docs/benchmarks.md).
        if (!found.Exists(f => f.Similarity >= NearSimilarity))
        {
            LookUpTypos(query, i, token, work, found, seen, includeTwoDeletions: true);
        }

        // Consonant skeletons mainly serve tokens written without vowels (Arabic script through
        // transliteration); for others they are a fallback, since their buckets are large.
        if (TokenSimilarity.IsVowelless(token) || found.Count == 0)
        {
            foreach (var id in vocabulary.BySkeleton(token.Skeleton))
            {
                Consider(query, i, id, found, seen);
            }
        }

        return exact;
    }

    private const double NearSimilarity = 0.9;

    private static void LookUpTypos(
        QueryContext query, int i, NameToken token, Scratch work, List<(int Token, double Similarity)> found, HashSet<int> seen, bool includeTwoDeletions)
    {
        var vocabulary = query.Vocabulary;
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
                count = DeletionNeighbourhood.Forms(spelling, work.Forms, includeTwoDeletions);
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
    }

    /// <summary>
    /// A joined listed token is added once, however many ways it was reached (joined spelling, joined key, its own
    /// fuzzy lookup): a second entry would spend its postings twice against the budget. Already found as a poorer
    /// typo, it keeps the better similarity; seen and rejected as a typo ("MALE" / "MALEKI"), it is added now.
    /// </summary>
    private static void AddJoined(int id, double similarity, List<(int Token, double Similarity)> found, HashSet<int> seen)
    {
        if (!seen.Add(id))
        {
            var at = found.FindIndex(f => f.Token == id);
            if (at >= 0)
            {
                found[at] = (id, Math.Max(found[at].Similarity, similarity));
                return;
            }
        }

        found.Add((id, similarity));
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

    internal sealed class Scratch(int size)
    {
        public float[] Accumulated { get; } = new float[size];

        public ulong[] Forms { get; } = new ulong[DeletionNeighbourhood.BufferSize];

        private readonly int[] marks = new int[size];
        private readonly float[] votes = new float[size];
        private readonly List<int> touched = new(1024);

        public int Generation { get; set; }

        public int TouchedCount => touched.Count;

        /// <summary>
        /// One query token votes once per name, with its best evidence: a joined-pair vote that arrives after a
        /// weaker fuzzy vote for the same name ("CHANGHA" fuzzy to "CHANG", then joined to "CHANG HA") replaces it.
        /// </summary>
        public void Vote(int name, int generation, float vote, bool addOnly)
        {
            if (marks[name] == generation)
            {
                if (vote > votes[name])
                {
                    Accumulated[name] += vote - votes[name];
                    votes[name] = vote;
                }

                return;
            }

            if (Accumulated[name] == 0)
            {
                if (addOnly)
                {
                    return;
                }

                touched.Add(name);
            }

            marks[name] = generation;
            votes[name] = vote;
            Accumulated[name] += vote;
        }

        public int[] Best(IndexedName[] names, Func<int, bool> typeAllowed, double queryWeight, int poolSize)
        {
            var heap = new PriorityQueue<int, double>(poolSize + 1);
            foreach (var name in touched)
            {
                var indexed = names[name];
                // One-to-one alignment: matched weight cannot exceed either side's total ("AUNG" alone must not
                // collect a vote from each query token of "AUNG, Aung").
                var matched = Math.Min(Accumulated[name], Math.Min(indexed.WeightSum, queryWeight));
                var estimate = 2 * matched / (queryWeight + indexed.WeightSum);
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
