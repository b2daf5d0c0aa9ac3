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
        work.Names = names;
        var tokens = query.Tokens;
        var allWeak = true;
        for (var t = 0; t < tokens.Count; t++)
        {
            allWeak &= tokens[t].IsWeak;
        }

        var found = work.Found;
        var seen = work.Seen;
        seen.EnsureCapacity(vocabulary.Tokens.Length);
        try
        {
            // Rarest tokens first: once they have proposed candidates, very common tokens only add to those.
            Span<int> order = tokens.Count <= 64 ? stackalloc int[tokens.Count] : new int[tokens.Count];
            RarestFirst(query.Weights, order);
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
                // The joined spellings are looked up without building them as strings.
                if (i + 1 < tokens.Count)
                {
                    var joinedSimilarity = query.Options.JoinedTokenSimilarity;
                    var second = tokens[i + 1];
                    AddAllJoined(vocabulary.ByKey(Joined(token.Key, second.Key, "", work)), joinedSimilarity, found, seen);
                    if (query.JoinedKeys[i] is { } joinedKey)
                    {
                        AddAllJoined(vocabulary.ByKey(joinedKey), joinedSimilarity, found, seen);
                    }

                    if (vocabulary.TryGetByText(Joined(token.Text, second.Text, "", work), out var joinedText))
                    {
                        AddJoined(joinedText, joinedSimilarity, found, seen);
                    }

                    // Three query tokens joined: a three-syllable Han name written as one word ("XIAO RUI ZHI" → "XIAORUIZHI").
                    if (i + 2 < tokens.Count)
                    {
                        var third = tokens[i + 2];
                        AddAllJoined(vocabulary.ByKey(Joined(token.Key, second.Key, third.Key, work)), joinedSimilarity, found, seen);
                        if (query.ThreeJoinedKeys[i] is { } threeJoinedKey)
                        {
                            AddAllJoined(vocabulary.ByKey(threeJoinedKey), joinedSimilarity, found, seen);
                        }

                        if (vocabulary.TryGetByText(Joined(token.Text, second.Text, third.Text, work), out var tripleText))
                        {
                            AddJoined(tripleText, joinedSimilarity, found, seen);
                        }
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
                        work.Vote(name, generation, vote, addOnly, id, i);
                    }
                }

                // One query token equals two adjacent listed tokens joined ("KWANGSON" → "KWANG SON").
                var joinedVote = (float)(query.Options.JoinedTokenSimilarity * query.Weights[i]);
                for (var s = 0; s < TokenVocabulary.SpellingCount(token); s++)
                {
                    if (joinedPairs.TryGetValue(TokenVocabulary.Spelling(token, s), out var joinedNames))
                    {
                        foreach (var name in joinedNames)
                        {
                            work.Vote(name, generation, joinedVote, addOnly: false, NoListedToken, i);
                        }
                    }
                }

                // An unknown query token may be any two tokens of a name with the space lost ("AHMEDQASSIM"), adjacent
                // or not ("ALIAHMED" for "ALI, Ahmed Mohammed": the joined pairs only hold adjacent tokens).
                if (!query.IsKnown[i] && exact < 0 && (!token.IsWeak || allWeak))
                {
                    LostSpaceLookup.NamesHoldingBothHalves(vocabulary, query.SplitsOf(i), work.LostSpaceNames, work.LeftPostings, work.RightPostings);
                    foreach (var name in work.LostSpaceNames)
                    {
                        work.Vote(name, generation, joinedVote, addOnly: false, NoListedToken, i);
                    }
                }
            }

            AddShortKanaVotes(query, work);
            return work.Best(names, typeAllowed, query.WeightSum, poolSize);
        }
        finally
        {
            work.Reset();
        }
    }

    /// <summary>
    /// Kana words whose key is too short to propose names (シア SHIA: S; イル IR: R) find the listed tokens with the same
    /// consonants and vowels (XIA, IL) once every query token has voted, and add to the names other query tokens found
    /// only: "バオロン・シア" lifts XIA, Baolong among the names BAOLONG found, while シア alone never floods the pool with
    /// every SHA and XIA listed. Taken after the other tokens, whatever the weights' order, so that a rare short word
    /// still meets its partners; a name this query token already voted for keeps that vote.
    /// </summary>
    private static void AddShortKanaVotes(QueryContext query, Scratch work)
    {
        var tokens = query.Tokens;
        for (var i = 0; i < tokens.Count && work.TouchedCount > 0; i++)
        {
            var token = tokens[i];
            if (token.KanaPhoneticKey is not { Length: 0 })
            {
                continue;
            }

            var vocabulary = query.Vocabulary;
            var generation = ++work.Generation;
            foreach (var lookup in KatakanaPhoneticKey.ShortLookupsOfKana(token.Spelling, KatakanaPhoneticKey.ConsonantsOfKana(token.Spelling)))
            {
                foreach (var id in vocabulary.ByShortKanaLookup(lookup))
                {
                    var (similarity, _) = query.Similarity(i, id);
                    if (similarity <= 0)
                    {
                        continue;
                    }

                    var vote = (float)(similarity * vocabulary.Weights[id]);
                    foreach (var name in vocabulary.Postings[id])
                    {
                        // A vote from this pass may still be replaced by a better lookup of the same word (Vote's
                        // same-pass path); only a vote the main loop cast for this word stands.
                        if (!work.VotedBy(name, i) || work.VotedInPass(name, generation))
                        {
                            work.Vote(name, generation, vote, addOnly: true, id, i);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Query token positions by descending weight, equal weights in query order: the order a stable sort gives, so the
    /// rarest token still proposes first and ties stay where they were.
    /// </summary>
    internal static void RarestFirst(double[] weights, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            var at = i;
            while (at > 0 && weights[order[at - 1]] < weights[i])
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = i;
        }
    }

    /// <summary>Two or three spellings written as one word, in the scratch buffer (valid until the next call).</summary>
    private static ReadOnlySpan<char> Joined(string first, string second, string third, Scratch work)
    {
        var length = first.Length + second.Length + third.Length;
        if (work.JoinBuffer.Length < length)
        {
            work.JoinBuffer = new char[Math.Max(length, 2 * work.JoinBuffer.Length)];
        }

        var buffer = work.JoinBuffer.AsSpan(0, length);
        first.CopyTo(buffer);
        second.CopyTo(buffer[first.Length..]);
        third.CopyTo(buffer[(first.Length + second.Length)..]);
        return buffer;
    }

    private static void AddAllJoined(int[] ids, double similarity, List<(int Token, double Similarity)> found, SeenTokens seen)
    {
        foreach (var id in ids)
        {
            AddJoined(id, similarity, found, seen);
        }
    }

    /// <summary>Listed tokens found from the token's own spellings: exact, key, deletion forms, skeleton. Returns the exact id or -1.</summary>
    private static int LookUpOwnSpellings(
        QueryContext query, int i, NameToken token, Scratch work, List<(int Token, double Similarity)> found, SeenTokens seen)
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

        // A Hebrew word's other vowel readings: "ז׳ו" (key JO) finds ZHU by the key of its reading with ו as U.
        foreach (var otherKey in token.OtherKeys ?? [])
        {
            foreach (var id in vocabulary.ByKey(otherKey))
            {
                Consider(query, i, id, found, seen);
            }
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
        if (!AnyNear(found))
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

            // Every other reading's skeleton: a Hebrew word's ב may be the B or the V of the listed name.
            foreach (var skeleton in token.OtherSkeletons ?? [])
            {
                foreach (var id in vocabulary.BySkeleton(skeleton))
                {
                    Consider(query, i, id, found, seen);
                }
            }
        }

        return exact;
    }

    private const double NearSimilarity = 0.9;

    /// <summary>A vote that no single listed token gives (two listed tokens joined, a lost space): it claims none.</summary>
    private const int NoListedToken = -1;

    private static bool AnyNear(List<(int Token, double Similarity)> found)
    {
        foreach (var (_, similarity) in found)
        {
            if (similarity >= NearSimilarity)
            {
                return true;
            }
        }

        return false;
    }

    private static void LookUpTypos(
        QueryContext query, int i, NameToken token, Scratch work, List<(int Token, double Similarity)> found, SeenTokens seen, bool includeTwoDeletions)
    {
        var vocabulary = query.Vocabulary;
        for (var s = 0; s < TokenVocabulary.SpellingCount(token); s++)
        {
            var spelling = TokenVocabulary.Spelling(token, s);
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
    private static void AddJoined(int id, double similarity, List<(int Token, double Similarity)> found, SeenTokens seen)
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

    private static void Consider(QueryContext query, int queryToken, int listedToken, List<(int, double)> found, SeenTokens seen)
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

    /// <summary>
    /// The listed tokens already considered for one query token: a stamp per vocabulary token, so forgetting them for the
    /// next query token is one increment, not clearing a hash set as large as the busiest query ever made it.
    /// </summary>
    internal sealed class SeenTokens
    {
        private int[] stamps = [];
        private int stamp = 1;

        public void EnsureCapacity(int tokens)
        {
            if (stamps.Length < tokens)
            {
                stamps = new int[tokens];
                stamp = 1;
            }
        }

        /// <summary>True the first time <paramref name="token"/> is added since the last <see cref="Clear"/>.</summary>
        public bool Add(int token)
        {
            if (stamps[token] == stamp)
            {
                return false;
            }

            stamps[token] = stamp;
            return true;
        }

        public void Clear()
        {
            if (++stamp == int.MaxValue)
            {
                Array.Clear(stamps);
                stamp = 1;
            }
        }
    }

    internal sealed class Scratch(int size)
    {
        private const int CoveringPlaces = 3;

        public float[] Accumulated { get; } = new float[size];

        public ulong[] Forms { get; } = new ulong[DeletionNeighbourhood.BufferSize];

        // Reused from query to query on this thread: the per-token lists, the joined-spelling buffer, the lost-space
        // lookup's lists and the candidate heap, so collecting allocates only the returned array.
        public List<(int Token, double Similarity)> Found { get; } = new(32);

        public SeenTokens Seen { get; } = new();

        public char[] JoinBuffer { get; set; } = new char[64];

        public List<int> LostSpaceNames { get; } = [];

        public List<int[]> LeftPostings { get; } = new(2);

        public List<int[]> RightPostings { get; } = new(2);

        private readonly PriorityQueue<int, double> heap = new();

        private readonly PriorityQueue<int, double> covering = new(CoveringPlaces + 1);

        private readonly int[] marks = new int[size];
        private readonly float[] votes = new float[size];
        private readonly byte[] tokensVoting = new byte[size];
        private readonly List<int> touched = new(1024);

        // The listed token each query token's vote for a name came from, so that a listed token absorbs one query token's
        // vote only (as often as the name holds it), as the scorer's one-to-one alignment does: "איסמל איסמל" (ISMAEL,
        // Ismael) voted twice for the one ISHMAIL of "MUHAMMAD, Ishmail", and a dozen such names held the pool. Kept per
        // touched name (ClaimSlots query tokens each, later ones unchecked), not per name: the scratch grows by five bytes a name.
        private const int ClaimSlots = 8;
        private readonly int[] claimRow = new int[size];
        private readonly byte[] claimCount = new byte[size];
        private int[] claims = new int[1024 * ClaimSlots];

        // The query tokens that voted for each touched name (a bit per token, by claim row), so that a kana word's late
        // short-key vote (AddShortKanaVotes) never adds to a name it already voted for.
        private ulong[] voters = new ulong[1024];

        public IndexedName[] Names { get; set; } = [];

        public int Generation { get; set; }

        public int TouchedCount => touched.Count;

        /// <summary>
        /// One query token votes once per name, with its best evidence: a joined-pair vote that arrives after a
        /// weaker fuzzy vote for the same name ("CHANGHA" fuzzy to "CHANG", then joined to "CHANG HA") replaces it.
        /// </summary>
        public void Vote(int name, int generation, float vote, bool addOnly, int listedToken, int queryToken)
        {
            if (marks[name] == generation)
            {
                // This query token's own claim is the last one; it may move to the listed token giving the better vote.
                var own = claimCount[name] - 1;
                if (vote > votes[name] && !ClaimedByOthers(name, listedToken, own))
                {
                    Accumulated[name] += vote - votes[name];
                    votes[name] = vote;
                    if (own < ClaimSlots)
                    {
                        claims[(claimRow[name] * ClaimSlots) + own] = listedToken;
                    }
                }

                return;
            }

            if (Accumulated[name] == 0 && claimCount[name] == 0)
            {
                if (addOnly)
                {
                    return;
                }

                claimRow[name] = touched.Count;
                touched.Add(name);
                if (claims.Length < touched.Count * ClaimSlots)
                {
                    Array.Resize(ref claims, claims.Length * 2);
                    Array.Resize(ref voters, voters.Length * 2);
                }
            }
            else if (ClaimedByOthers(name, listedToken, claimCount[name]))
            {
                return;
            }

            marks[name] = generation;
            votes[name] = vote;
            Accumulated[name] += vote;
            voters[claimRow[name]] |= VoterBit(queryToken);
            if (tokensVoting[name] < byte.MaxValue)
            {
                tokensVoting[name]++;
            }

            if (claimCount[name] < ClaimSlots)
            {
                claims[(claimRow[name] * ClaimSlots) + claimCount[name]] = listedToken;
            }

            if (claimCount[name] < byte.MaxValue)
            {
                claimCount[name]++;
            }
        }

        /// <summary>Whether query token <paramref name="queryToken"/> has voted for the name (tokens past the 64th are never counted as voters).</summary>
        /// <summary>Whether <paramref name="name"/> was voted for in the pass numbered <paramref name="generation"/>.</summary>
        public bool VotedInPass(int name, int generation) => marks[name] == generation;

        public bool VotedBy(int name, int queryToken) =>
            (Accumulated[name] != 0 || claimCount[name] != 0) && (voters[claimRow[name]] & VoterBit(queryToken)) != 0;

        private static ulong VoterBit(int queryToken) => queryToken < 64 ? 1UL << queryToken : 0;

        /// <summary>Whether the earlier query tokens' claims (the first <paramref name="earlier"/>) already hold every occurrence of the listed token in the name.</summary>
        private bool ClaimedByOthers(int name, int listedToken, int earlier)
        {
            if (listedToken == NoListedToken)
            {
                return false;
            }

            var row = claims.AsSpan(claimRow[name] * ClaimSlots, Math.Min(earlier, ClaimSlots));
            var claimed = row.Count(listedToken);
            return claimed > 0 && claimed >= Names[name].TokenIds.AsSpan().Count(listedToken);
        }

        public int[] Best(IndexedName[] names, Func<int, bool> typeAllowed, double queryWeight, int poolSize)
        {
            heap.Clear();

            // A few places go to the names most query tokens found, whatever their weight: a name matching five common
            // query tokens loses the estimate to names holding one rare token each, and would never be scored.
            covering.Clear();
            foreach (var name in touched)
            {
                var indexed = names[name];
                // One-to-one alignment: matched weight cannot exceed either side's total ("AUNG" alone must not
                // collect a vote from each query token of "AUNG, Aung").
                var matched = Math.Min(Accumulated[name], Math.Min(indexed.WeightSum, queryWeight));
                var estimate = 2 * matched / (queryWeight + indexed.WeightSum);
                var covers = tokensVoting[name] >= 3;
                var ranks = heap.Count < poolSize || (heap.TryPeek(out _, out var lowest) && estimate > lowest);

                // The type (and scope) filter is a delegate call per name: asked once, and only of a name that can take a place.
                if ((!covers && !ranks) || !typeAllowed(indexed.EntityIndex))
                {
                    continue;
                }

                if (covers)
                {
                    var coverage = tokensVoting[name] + estimate;
                    if (covering.Count < CoveringPlaces)
                    {
                        covering.Enqueue(name, coverage);
                    }
                    else if (covering.TryPeek(out _, out var least) && coverage > least)
                    {
                        covering.EnqueueDequeue(name, coverage);
                    }
                }

                if (!ranks)
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

            var ranked = heap.Count;
            var result = new int[ranked + covering.Count];
            for (var i = ranked - 1; i >= 0; i--)
            {
                result[i] = heap.Dequeue();
            }

            var count = ranked;
            while (covering.Count > 0)
            {
                var name = covering.Dequeue();
                if (Array.IndexOf(result, name, 0, ranked) < 0)
                {
                    result[count++] = name;
                }
            }

            return count == result.Length ? result : result[..count];
        }

        public void Reset()
        {
            foreach (var name in touched)
            {
                Accumulated[name] = 0;
                tokensVoting[name] = 0;
                claimCount[name] = 0;
            }

            Array.Clear(voters, 0, touched.Count);

            touched.Clear();
            Names = []; // the scratch outlives the query: it must not keep a replaced list version's names alive
            if (Generation > int.MaxValue - 1000)
            {
                Array.Clear(marks);
                Generation = 0;
            }
        }
    }
}
