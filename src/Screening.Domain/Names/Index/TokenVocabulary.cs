using System.Collections.Frozen;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Names.Index;

/// <summary>
/// Every distinct token of the indexed names with its rarity weight, the names that contain it, and the
/// lookups that find it from a query token: exact spelling, romanization key, consonant skeleton and
/// deletion neighbourhood. Immutable once built.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly FrozenDictionary<string, int> byText;
    private readonly FrozenDictionary<string, int[]> byKey;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byTextSpan;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly FrozenDictionary<string, int[]> bySkeleton;
    private readonly FrozenDictionary<ulong, int[]> byDeletionForm;
    private readonly FrozenDictionary<string, float> keyWeights;
    private readonly string[] kanaPhoneticKeys;
    private readonly FrozenDictionary<string, int[]> byKanaPhoneticKey;
    private readonly FrozenDictionary<string, int[]> byShortKanaLookup;

    public TokenVocabulary(
        NameToken[] tokens,
        float[] weights,
        int[][] postings,
        Dictionary<string, float> keyWeights,
        float unknownTokenWeight,
        int minimumTypoTokenLength)
    {
        Tokens = tokens;
        Traits = Array.ConvertAll(tokens, TokenTraits.Of);
        Weights = weights;
        Postings = postings;
        UnknownTokenWeight = unknownTokenWeight;
        MinimumTypoTokenLength = minimumTypoTokenLength;
        this.keyWeights = keyWeights.ToFrozenDictionary(StringComparer.Ordinal);
        LongestTokenLength = tokens.Length == 0 ? 0 : tokens.Max(t => Math.Max(t.Text.Length, t.Spelling.Length));
        byText = tokens.Select((t, i) => (t.Text, i)).ToFrozenDictionary(p => p.Text, p => p.i, StringComparer.Ordinal);
        byKey = Group(tokens, t => t.Key);
        byTextSpan = byText.GetAlternateLookup<ReadOnlySpan<char>>();
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        bySkeleton = GroupMany(tokens, SkeletonKeys);
        kanaPhoneticKeys = tokens.Select(t => KatakanaPhoneticKey.ConsonantsOfLatin(t.Spelling)).ToArray();
        // The keys that propose names are those of three or more consonants (KatakanaPhoneticKey.ForLatin): taken from
        // the keys just computed rather than reading every listed token a second time.
        byKanaPhoneticKey = GroupMany(
            tokens.Length, i => kanaPhoneticKeys[i].Length >= KatakanaPhoneticKey.ShortestUsefulKey ? [kanaPhoneticKeys[i]] : []);

        // Shorter keys with their vowels (XIA → S:IA): looked up only to add to names other query tokens found.
        byShortKanaLookup = GroupMany(
            tokens.Length, i => KatakanaPhoneticKey.ShortLookupOfLatin(tokens[i].Spelling, kanaPhoneticKeys[i]) is { } lookup ? [lookup] : []);

        var forms = new Dictionary<ulong, List<int>>();
        var buffer = new ulong[DeletionNeighbourhood.BufferSize];
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var spelling in Spellings(tokens[i]))
            {
                if (spelling.Length < ShortestIndexedForm || spelling.Length > 64)
                {
                    continue;
                }

                // A short listed token is indexed whole only: a query token one letter longer reaches it by
                // deleting that letter ("KGIM" → "KIM"), while its own deletions would meet only other short
                // tokens, which never match fuzzily.
                int count;
                if (spelling.Length < minimumTypoTokenLength)
                {
                    buffer[0] = DeletionNeighbourhood.WholeForm(spelling);
                    count = 1;
                }
                else
                {
                    count = DeletionNeighbourhood.Forms(spelling, buffer);
                }

                foreach (var form in buffer.AsSpan(0, count))
                {
                    if (!forms.TryGetValue(form, out var list))
                    {
                        forms[form] = list = new List<int>(1);
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }

        byDeletionForm = forms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        DeletionFormCount = forms.Count;
    }

    /// <summary>Two-letter tokens are initials and particles: they match exactly or by key, never as typos.</summary>
    private const int ShortestIndexedForm = 3;

    public NameToken[] Tokens { get; }

    /// <summary>Each token's <see cref="TokenTraits"/>, read once at build rather than in every comparison it takes part in.</summary>
    public TokenTraits[] Traits { get; }

    /// <summary>Rarity weight of each token (IDF of its romanization key, reduced for weak tokens).</summary>
    public float[] Weights { get; }

    /// <summary>For each token, the ids of the indexed names that contain it, ascending.</summary>
    public int[][] Postings { get; }

    public float UnknownTokenWeight { get; }

    public int MinimumTypoTokenLength { get; }

    public int DeletionFormCount { get; }

    /// <summary>The longest listed token (spelling or text): no half of a lost space can be longer.</summary>
    public int LongestTokenLength { get; }

    public bool TryGetByText(string text, out int id) => byText.TryGetValue(text, out id);

    /// <summary>As <see cref="TryGetByText(string, out int)"/> for a spelling not held as a string (two tokens joined).</summary>
    public bool TryGetByText(ReadOnlySpan<char> text, out int id) => byTextSpan.TryGetValue(text, out id);

    public int[] ByKey(string key) => byKey.TryGetValue(key, out var ids) ? ids : [];

    public int[] ByKey(ReadOnlySpan<char> key) => byKeySpan.TryGetValue(key, out var ids) ? ids : [];

    public int[] BySkeleton(string skeleton) => skeleton.Length >= 2 && bySkeleton.TryGetValue(skeleton, out var ids) ? ids : [];

    public int[] ByDeletionForm(ulong form) => byDeletionForm.TryGetValue(form, out var ids) ? ids : [];

    /// <summary>Listed tokens whose katakana phonetic key is <paramref name="key"/> (a kana query token's key).</summary>
    public int[] ByKanaPhoneticKey(string key) => key.Length > 0 && byKanaPhoneticKey.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Listed tokens with a key too short to propose names, by consonants and vowels (<see cref="KatakanaPhoneticKey.ShortLookupOfLatin"/>).</summary>
    public int[] ByShortKanaLookup(string lookup) => byShortKanaLookup.TryGetValue(lookup, out var ids) ? ids : [];

    /// <summary>How many distinct short kana lookups the vocabulary holds (for the memory estimate).</summary>
    public int ShortKanaLookupCount => byShortKanaLookup.Count;

    /// <summary>The katakana phonetic key of a listed token however short (KatakanaPhoneticKey.ConsonantsOfLatin); empty when it has none.</summary>
    public string KanaPhoneticKeyOf(int token) => kanaPhoneticKeys[token];

    public bool IsKnownKey(string key) => keyWeights.ContainsKey(key);

    /// <summary>The weight a query token carries: its key's rarity if listed, the highest rarity if not.</summary>
    public float WeightOf(NameToken token, double weakFactor)
    {
        var weight = keyWeights.TryGetValue(token.Key, out var known) ? known : UnknownTokenWeight;
        return token.IsWeak ? (float)(weight * weakFactor) : weight;
    }

    /// <summary>The spellings typo lookups use: the token's Latin spelling and, when different, its romanization key.</summary>
    public static IEnumerable<string> Spellings(NameToken token)
    {
        for (var s = 0; s < SpellingCount(token); s++)
        {
            yield return Spelling(token, s);
        }
    }

    /// <summary>How many <see cref="Spellings"/> the token has (1 or 2); with <see cref="Spelling"/>, the same list without an iterator on the query path.</summary>
    public static int SpellingCount(NameToken token) => token.Key != token.Spelling ? 2 : 1;

    public static string Spelling(NameToken token, int which) => which == 0 ? token.Spelling : token.Key;

    /// <summary>
    /// A token's skeleton, and for a token starting with a vowel also the skeleton without that vowel: Arabic
    /// script through transliteration often loses an initial alif ("امحمد" → "MHMD" for "IMHAMAD", UN LYi.023).
    /// </summary>
    private static IEnumerable<string> SkeletonKeys(NameToken token) =>
        // A listed Hebrew word is found by the skeleton of each of its readings (ב B or V, פ P or F), each once.
        token.OtherSkeletons is null ? SkeletonKeys(token.Skeleton) : token.Skeletons.SelectMany(SkeletonKeys).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> SkeletonKeys(string skeleton)
    {
        if (skeleton.Length >= 2)
        {
            yield return skeleton;
        }

        if (skeleton.Length >= 3 && skeleton[0] == 'A')
        {
            yield return skeleton[1..];
        }
    }

    private static FrozenDictionary<string, int[]> Group(NameToken[] tokens, Func<NameToken, string?> selector) =>
        GroupMany(tokens, t => selector(t) is { } key ? [key] : []);

    private static FrozenDictionary<string, int[]> GroupMany(NameToken[] tokens, Func<NameToken, IEnumerable<string>> selector) =>
        GroupMany(tokens.Length, i => selector(tokens[i]));

    /// <summary>Token ids by each key <paramref name="selector"/> gives for a token id.</summary>
    private static FrozenDictionary<string, int[]> GroupMany(int tokenCount, Func<int, IEnumerable<string>> selector)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokenCount; i++)
        {
            foreach (var key in selector(i))
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(i);
            }
        }

        return groups.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
