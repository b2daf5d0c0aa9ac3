using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// A normalized query with its token weights and a per-query cache of token similarities, so a listed
/// token shared by many candidate names is compared with each query token once.
/// </summary>
internal sealed class QueryContext
{
    private readonly Dictionary<long, (double Similarity, TokenMatchKind Kind)> cache = new(64);

    public QueryContext(IReadOnlyList<NameToken> tokens, TokenVocabulary vocabulary, NameMatchingOptions options)
    {
        Tokens = tokens;
        Vocabulary = vocabulary;
        Options = options;
        Weights = new double[tokens.Count];
        IsKnown = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Weights[i] = vocabulary.WeightOf(tokens[i], options.WeakTokenWeightFactor);
            IsKnown[i] = vocabulary.IsKnownKey(tokens[i].Key);
            WeightSum += Weights[i];
        }
    }

    public IReadOnlyList<NameToken> Tokens { get; }

    public double[] Weights { get; }

    public double WeightSum { get; }

    /// <summary>Whether each query token's romanization key occurs in the indexed names.</summary>
    public bool[] IsKnown { get; }

    public TokenVocabulary Vocabulary { get; }

    public NameMatchingOptions Options { get; }

    public (double Similarity, TokenMatchKind Kind) Similarity(int queryToken, int listedToken)
    {
        var key = ((long)queryToken << 32) | (uint)listedToken;
        if (!cache.TryGetValue(key, out var result))
        {
            result = TokenSimilarity.Compare(Tokens[queryToken], Vocabulary.Tokens[listedToken], Options);
            cache[key] = result;
        }

        return result;
    }
}
