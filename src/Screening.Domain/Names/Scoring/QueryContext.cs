using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// A normalized query with its token weights and a per-query cache of token similarities, so a listed
/// token shared by many candidate names is compared with each query token once.
/// </summary>
internal sealed class QueryContext
{
    /// <summary>A similarity cache a finished query gave back (<see cref="Release"/>), reused by the thread's next query.</summary>
    [ThreadStatic]
    private static SimilarityCache? released;

    private SimilarityCache cache;
    private readonly LostSpaceSplit[]?[] splits;
    private KanaQueryKeys?[]? kanaKeys;
    private readonly TokenTraits[] traits;

    public QueryContext(IReadOnlyList<NameToken> tokens, TokenVocabulary vocabulary, NameMatchingOptions options)
    {
        cache = released ?? new();
        released = null;
        Tokens = tokens;
        Vocabulary = vocabulary;
        Options = options;
        Weights = new double[tokens.Count];
        IsKnown = new bool[tokens.Count];
        traits = new TokenTraits[tokens.Count];
        JoinedKeys = new string?[Math.Max(0, tokens.Count - 1)];
        ThreeJoinedKeys = new string?[Math.Max(0, tokens.Count - 2)];
        splits = new LostSpaceSplit[]?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Weights[i] = vocabulary.WeightOf(tokens[i], options.WeakTokenWeightFactor);
            IsKnown[i] = vocabulary.IsKnownKey(tokens[i].Key);
            traits[i] = TokenTraits.Of(tokens[i]);
            WeightSum += Weights[i];
            if (i + 1 < tokens.Count)
            {
                JoinedKeys[i] = JoinedKey(tokens[i], tokens[i + 1]);
            }

            if (i + 2 < tokens.Count)
            {
                ThreeJoinedKeys[i] = JoinedKey(tokens[i], tokens[i + 1], tokens[i + 2]);
            }
        }
    }

    /// <summary>
    /// For each pair of adjacent query tokens of which one is a word of the Arabic name dictionary, the key of their
    /// Latin spellings written as one word: "عبد" + "الله" is "ABDALLAH", the key of "ABDULLAH" (their keys put together
    /// make "ABDALAH", and their Arabic texts cannot equal a Latin token). Null where that adds nothing: Latin tokens
    /// join by text already, and a joined key equal to one token's own key ("AL" + "DIN" is "DIN") is no join.
    /// </summary>
    public string?[] JoinedKeys { get; }

    private static string? JoinedKey(NameToken first, NameToken second)
    {
        // Only tokens compared by a spelling other than their text need it (Arabic dictionary words, Hangul syllables).
        if (ReferenceEquals(first.Spelling, first.Text) && ReferenceEquals(second.Spelling, second.Text))
        {
            return null;
        }

        var joined = RomanizationKey.For(first.Spelling + second.Spelling);
        return joined == first.Key || joined == second.Key || joined == first.Key + second.Key ? null : joined;
    }

    /// <summary>
    /// The same for three adjacent query tokens, so the three-token join compares what the two-token join does: the key
    /// of the word their spellings make ("태평산" → THAE PYONG SAN → the key of "THAEPYONGSAN", which the key rules
    /// rewrite across the syllable boundaries, unlike the three syllables' keys put together); null where it is one
    /// token's own key as well ("ال د دين": ALDDIN is a spelling of DIN, which would take the stray D for free).
    /// </summary>
    public string?[] ThreeJoinedKeys { get; }

    private static string? JoinedKey(NameToken first, NameToken second, NameToken third)
    {
        if (ReferenceEquals(first.Spelling, first.Text) && ReferenceEquals(second.Spelling, second.Text) && ReferenceEquals(third.Spelling, third.Text))
        {
            return null;
        }

        var joined = RomanizationKey.For(first.Spelling + second.Spelling + third.Spelling);
        return joined == first.Key || joined == second.Key || joined == third.Key || joined == first.Key + second.Key + third.Key
            ? null
            : joined;
    }

    public IReadOnlyList<NameToken> Tokens { get; }

    /// <summary>
    /// Where a space may have been lost in query token <paramref name="i"/>: only a token the lists do not know, without
    /// digits, is cut. Computed on first use and shared by the candidate stage and the scorer, so they agree.
    /// </summary>
    public LostSpaceSplit[] SplitsOf(int i) =>
        splits[i] ??= IsKnown[i] || traits[i].HasDigits ? [] : LostSpaceSplits.Of(Tokens[i].Spelling, Vocabulary.LongestTokenLength);

    public double[] Weights { get; }

    public double WeightSum { get; }

    /// <summary>Whether each query token's romanization key occurs in the indexed names.</summary>
    public bool[] IsKnown { get; }

    public TokenVocabulary Vocabulary { get; }

    public NameMatchingOptions Options { get; }

    /// <summary>
    /// Gives the similarity cache back for the thread's next query, emptied; this context must not be used afterwards.
    /// A context never released just leaves its cache to the collector.
    /// </summary>
    public void Release()
    {
        // An unusually large table is left to the collector rather than held by the thread.
        if (cache.Capacity <= SimilarityCache.LargestKept)
        {
            cache.Clear();
            released = cache;
        }

        cache = null!;
    }

    public (double Similarity, TokenMatchKind Kind) Similarity(int queryToken, int listedToken)
    {
        if (!cache.TryGet(queryToken, listedToken, out var result))
        {
            result = TokenSimilarity.Compare(
                Tokens[queryToken], traits[queryToken], Vocabulary.Tokens[listedToken], Vocabulary.Traits[listedToken], Options);
            var phonetic = KanaPhoneticSimilarity(queryToken, listedToken);
            if (result.Similarity < phonetic)
            {
                result = (phonetic, TokenMatchKind.Phonetic);
            }

            if (result.Similarity == 0 && IsTypoJustBeyondBudget(queryToken, listedToken))
            {
                result = (Options.DistantTypoSimilarity, TokenMatchKind.Fuzzy);
            }

            cache.Add(queryToken, listedToken, result);
        }

        return result;
    }

    /// <summary>
    /// A query token no list knows (so most likely mistyped) one error beyond the budget of its length from a listed
    /// token with the same first letter, which typists rarely get wrong: two errors in a short word ("JUAD" / "JAWAD",
    /// "LTLIU" / "LULU"). It ranks its name above names where the word is simply missing, at
    /// <see cref="NameMatchingOptions.DistantTypoSimilarity"/>, never enough to make it a match. A query token the lists
    /// know is a name in its own right, not a typo, and stays unmatched.
    /// </summary>
    private bool IsTypoJustBeyondBudget(int queryToken, int listedToken)
    {
        var query = Tokens[queryToken];
        var listed = Vocabulary.Tokens[listedToken].Spelling;
        var spelling = query.Spelling;
        if (IsKnown[queryToken] || traits[queryToken].HasDigits || query.IsWeak || Vocabulary.Tokens[listedToken].IsWeak || spelling.Length < 4 || listed.Length < 4 || spelling[0] != listed[0])
        {
            return false;
        }

        var limit = EditDistance.Allowed(Math.Min(spelling.Length, listed.Length)) + 1;
        return Math.Abs(spelling.Length - listed.Length) <= limit && EditDistance.Compute(spelling, listed, limit) == limit;
    }

    /// <summary>How much a kana query token sounds like the listed Latin token (<see cref="KanaPhoneticComparison"/>); 0 for any other token.</summary>
    private double KanaPhoneticSimilarity(int queryToken, int listedToken)
    {
        var query = Tokens[queryToken];
        if (query.KanaPhoneticKey is null)
        {
            return 0;
        }

        // The kana token's keys once per query token (a Latin query never allocates the array).
        var keys = (kanaKeys ??= new KanaQueryKeys?[Tokens.Count])[queryToken] ??= KanaQueryKeys.Of(query.Spelling);
        return KanaPhoneticComparison.Similarity(keys, Vocabulary.Tokens[listedToken].Spelling, Vocabulary.KanaPhoneticKeyOf(listedToken), Options);
    }
}
