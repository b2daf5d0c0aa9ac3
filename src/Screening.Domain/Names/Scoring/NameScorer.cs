using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Token-aligned name similarity. Adjacent tokens that equal one token on the other side when joined are
/// paired first ("KWANG SON" / "KWANGSON", "JIN PING" / "JINPING"); the remaining tokens are aligned one to
/// one by <see cref="HungarianAssignment"/> maximizing Σ similarity × (query weight + listed weight). Then
///   score = Σ 2·s·w over pairs / (Σ 2·w over pairs + Σ w(unmatched query) + λ·Σ w(unmatched listed)),
/// a weighted Dice coefficient (w of a pair: see <see cref="PairWeight"/>) where
/// λ = <see cref="NameMatchingOptions.UnmatchedListedTokenPenalty"/>. When the listed name holds every token of a query
/// of two or more, each pair exact, a romanization variant or joined, in the query's order (or with the query's first
/// word moved last), the same formula with
/// λ = <see cref="NameMatchingOptions.InOrderUnmatchedListedTokenPenalty"/> gives <see cref="NameScore.InOrderBonus"/>.
/// </summary>
internal static class NameScorer
{
    private const int StackLimit = 64;

    /// <param name="individual">Whether the listed name is a person's, stored surname last (<see cref="IndividualNameReorderingStep"/>).</param>
    public static NameScore Score(QueryContext query, int[] listedTokenIds, bool individual, bool explain)
    {
        var tokens = query.Vocabulary.Tokens;
        var weights = query.Vocabulary.Weights;
        var options = query.Options;
        var n = query.Tokens.Count;
        var m = listedTokenIds.Length;
        Span<int> queryPartner = n <= StackLimit ? stackalloc int[n] : new int[n];
        Span<int> listedPartner = m <= StackLimit ? stackalloc int[m] : new int[m];
        queryPartner.Fill(-1);
        listedPartner.Fill(-1);
        var alignment = explain ? new List<TokenAlignment>(n + m) : null;
        double numerator = 0;
        double denominator = 0;

        // Three query tokens that equal one listed token: Han writes a name one syllable per character, and lists
        // join a three-syllable name into one word ("晓睿智" → XIAO RUI ZHI / XIAORUIZHI, OFSI 16460).
        for (var i = 0; i + 2 < n; i++)
        {
            if (queryPartner[i] >= 0 || queryPartner[i + 1] >= 0 || queryPartner[i + 2] >= 0)
            {
                continue;
            }

            var (first, second, third) = (query.Tokens[i], query.Tokens[i + 1], query.Tokens[i + 2]);
            for (var j = 0; j < m; j++)
            {
                var listed = tokens[listedTokenIds[j]];
                if (listedPartner[j] < 0
                    && (IsJoin(listed.Text, first.Text, second.Text, third.Text) || IsJoin(listed.Key, first.Key, second.Key, third.Key)
                        || listed.Key == query.ThreeJoinedKeys[i]))
                {
                    queryPartner[i] = queryPartner[i + 1] = queryPartner[i + 2] = j;
                    listedPartner[j] = i;
                    var weight = weights[listedTokenIds[j]];
                    numerator += 2 * options.JoinedTokenSimilarity * weight;
                    denominator += 2 * weight;
                    alignment?.Add(new TokenAlignment(
                        first.Text + " " + second.Text + " " + third.Text, listed.Text, options.JoinedTokenSimilarity, weight, TokenMatchKind.Joined));
                    break;
                }
            }
        }

        // Joined tokens: two query tokens equal one listed token, or the other way round.
        for (var i = 0; i + 1 < n; i++)
        {
            if (queryPartner[i] >= 0 || queryPartner[i + 1] >= 0)
            {
                continue;
            }

            var (first, second) = (query.Tokens[i], query.Tokens[i + 1]);
            for (var j = 0; j < m; j++)
            {
                var listed = tokens[listedTokenIds[j]];
                if (listedPartner[j] < 0
                    && (IsJoin(listed.Key, first.Key, second.Key) || IsJoin(listed.Text, first.Text, second.Text) || listed.Key == query.JoinedKeys[i]))
                {
                    queryPartner[i] = queryPartner[i + 1] = j;
                    listedPartner[j] = i;
                    var weight = weights[listedTokenIds[j]];
                    numerator += 2 * options.JoinedTokenSimilarity * weight;
                    denominator += 2 * weight;
                    alignment?.Add(new TokenAlignment(
                        first.Text + " " + second.Text, listed.Text, options.JoinedTokenSimilarity, weight, TokenMatchKind.Joined));
                    break;
                }
            }
        }

        for (var j = 0; j + 1 < m; j++)
        {
            if (listedPartner[j] >= 0 || listedPartner[j + 1] >= 0)
            {
                continue;
            }

            var (first, second) = (tokens[listedTokenIds[j]], tokens[listedTokenIds[j + 1]]);
            for (var i = 0; i < n; i++)
            {
                var q = query.Tokens[i];
                if (queryPartner[i] < 0 && (IsJoin(q.Key, first.Key, second.Key) || IsJoin(q.Text, first.Text, second.Text)))
                {
                    queryPartner[i] = j;
                    listedPartner[j] = listedPartner[j + 1] = i;
                    var weight = weights[listedTokenIds[j]] + weights[listedTokenIds[j + 1]];
                    numerator += 2 * options.JoinedTokenSimilarity * weight;
                    denominator += 2 * weight;
                    alignment?.Add(new TokenAlignment(
                        q.Text, first.Text + " " + second.Text, options.JoinedTokenSimilarity, weight, TokenMatchKind.Joined));
                    break;
                }
            }
        }

        // A query token the lists do not know may join two tokens that are apart once the name is normalized
        // ("GELOWICZFRITZ" / "FRITZ MARTIN GELOWICZ": the surname typed against the given name, space lost).
        for (var i = 0; i < n; i++)
        {
            if (queryPartner[i] >= 0 || query.IsKnown[i])
            {
                continue;
            }

            var q = query.Tokens[i];
            for (var j = 0; j < m && queryPartner[i] < 0; j++)
            {
                for (var k = 0; k < m; k++)
                {
                    if (j == k || listedPartner[j] >= 0 || listedPartner[k] >= 0)
                    {
                        continue;
                    }

                    var (first, second) = (tokens[listedTokenIds[j]], tokens[listedTokenIds[k]]);
                    if (IsJoin(q.Text, first.Text, second.Text) || IsJoin(q.Key, first.Key, second.Key) || SpellsApart(query.SplitsOf(i), first, second))
                    {
                        queryPartner[i] = j;
                        listedPartner[j] = listedPartner[k] = i;
                        var weight = weights[listedTokenIds[j]] + weights[listedTokenIds[k]];
                        numerator += 2 * options.JoinedTokenSimilarity * weight;
                        denominator += 2 * weight;
                        alignment?.Add(new TokenAlignment(
                            q.Text, first.Text + " " + second.Text, options.JoinedTokenSimilarity, weight, TokenMatchKind.Joined));
                        break;
                    }
                }
            }
        }

        (string Query, string Listed)? initial = null;
        var spelledAlike = AlignRemaining(query, listedTokenIds, queryPartner, listedPartner, alignment, ref numerator, ref denominator, ref initial);

        NameToken? unmatchedQueryWord = null;
        (string Query, string Listed)? replaced = null;
        for (var i = 0; i < n; i++)
        {
            if (queryPartner[i] < 0)
            {
                unmatchedQueryWord ??= query.Tokens[i].IsWeak ? null : query.Tokens[i];
                denominator += query.Weights[i];
                alignment?.Add(new TokenAlignment(query.Tokens[i].Text, null, 0, query.Weights[i], TokenMatchKind.Unmatched));
            }
        }

        double leftOut = 0;
        for (var j = 0; j < m; j++)
        {
            if (listedPartner[j] < 0)
            {
                var weight = weights[listedTokenIds[j]];
                replaced ??= Replacement(unmatchedQueryWord, tokens[listedTokenIds[j]], options);
                leftOut += weight;
                alignment?.Add(new TokenAlignment(null, tokens[listedTokenIds[j]].Text, 0, weight, TokenMatchKind.Unmatched));
            }
        }

        var full = denominator + (options.UnmatchedListedTokenPenalty * leftOut);
        var score = full > 0 ? Math.Clamp(numerator / full, 0, 1) : 0;
        var inOrderBonus = 0.0;
        // Only when every pair is spelled alike (exact, a romanization variant, or joined): with a typo besides (VINA /
        // WIN in "WIN, Mohammad", ALEKSANDROVIH / ALEKSANDROVICH) the query is the listed name with words left out and a
        // word changed, two differences, which is what the plain formula is for ("Pedro SAN" / "SANE, Pedro Punti" would
        // be a match).
        // The pair's kind decides, not its similarity: one typo in a long word scores as high as a romanization variant.
        // One query word is "in order" in every name holding it, so it would rank nothing and only lift bare surnames.
        if (leftOut > 0 && n >= 2 && spelledAlike && FindsQueryInOrder(queryPartner, individual))
        {
            var inOrder = Math.Clamp(numerator / (denominator + (options.InOrderUnmatchedListedTokenPenalty * leftOut)), 0, 1);
            // Never negative: an in-order penalty set above the normal one must not make holding the query in order cost.
            inOrderBonus = Math.Max(0, inOrder - score);
        }

        return new NameScore(score, alignment ?? (IReadOnlyList<TokenAlignment>)[], replaced, inOrderBonus, initial);
    }

    /// <summary>
    /// Whether every query token has a listed partner and the partners come in the query's order, or in the order of the
    /// query with its first word moved last for a person's name: the query is the listed name with words left out
    /// ("ALWAYS LTD" in "ALWAYS SMOOTH LTD"), not a name with a word of its own or its words in another order ("CIFUENTES
    /// VILLA" against "VILLA DE CIFUENTES"). The rotation is what <see cref="IndividualNameReorderingStep"/> does to
    /// "NAZAROV, Sergey Makarovich" (stored SERGEY MAKAROVICH NAZAROV), so "NAZAROV Sergey", surname first without the
    /// comma, is in order as well. A company's name is never reordered, so for it only the query's own order counts (with
    /// two words the rotation would admit either order: "LTD ALWAYS").
    /// </summary>
    private static bool FindsQueryInOrder(ReadOnlySpan<int> queryPartner, bool individual)
    {
        if (queryPartner.Contains(-1))
        {
            return false;
        }

        return IsAscending(queryPartner) || (individual && IsAscending(queryPartner[1..]) && queryPartner[0] >= queryPartner[^1]);
    }

    private static bool IsAscending(ReadOnlySpan<int> partners)
    {
        for (var i = 1; i < partners.Length; i++)
        {
            if (partners[i] < partners[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A distinctive query word and a distinctive listed word, both unmatched and unlike each other: one word of the
    /// name replaced by another ("TUBES" / "WIRES", "8" / "3"). Two unmatched words that look alike are a typo beyond
    /// the error budget ("JUAD" / "JAWAD"), not another party.
    /// </summary>
    private static (string Query, string Listed)? Replacement(NameToken? queryWord, NameToken listedWord, NameMatchingOptions options) =>
        queryWord is not null && !listedWord.IsWeak
            && JaroWinkler.Similarity(queryWord.Spelling, listedWord.Spelling) < options.TokenSimilarityFloor
            ? (queryWord.Text, listedWord.Text)
            : null;

    /// <summary>The halves the candidate stage looked up (<see cref="LostSpaceLookup"/>), each by spelling or by its own key.</summary>
    private static bool SpellsApart(LostSpaceSplit[] splits, NameToken first, NameToken second)
    {
        foreach (var split in splits)
        {
            if (split.IsSpelledBy(first.Text, first.Key, second.Text, second.Key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJoin(string whole, string first, string second, string third) =>
        whole.Length == first.Length + second.Length + third.Length
        && whole.AsSpan().StartsWith(first, StringComparison.Ordinal)
        && whole.AsSpan(first.Length).StartsWith(second, StringComparison.Ordinal)
        && whole.AsSpan().EndsWith(third, StringComparison.Ordinal);

    private static bool IsJoin(string whole, string first, string second) =>
        whole.Length == first.Length + second.Length
        && whole.AsSpan().StartsWith(first, StringComparison.Ordinal)
        && whole.AsSpan().EndsWith(second, StringComparison.Ordinal);

    /// <summary>
    /// Aligns the tokens no join took; returns whether every pair it made is spelled alike: exact or a romanization
    /// variant (true when it made none). <paramref name="initial"/> is the first pair it made of a word and its initial.
    /// </summary>
    private static bool AlignRemaining(
        QueryContext query,
        int[] listedTokenIds,
        Span<int> queryPartner,
        Span<int> listedPartner,
        List<TokenAlignment>? alignment,
        ref double numerator,
        ref double denominator,
        ref (string Query, string Listed)? initial)
    {
        Span<int> freeQuery = queryPartner.Length <= StackLimit ? stackalloc int[queryPartner.Length] : new int[queryPartner.Length];
        Span<int> freeListed = listedPartner.Length <= StackLimit ? stackalloc int[listedPartner.Length] : new int[listedPartner.Length];
        var rows = Free(queryPartner, freeQuery);
        var columns = Free(listedPartner, freeListed);
        var spelledAlike = true;
        if (rows == 0 || columns == 0)
        {
            return spelledAlike;
        }

        var weights = query.Vocabulary.Weights;
        var cells = rows * columns;
        Span<double> similarity = cells <= StackLimit * 4 ? stackalloc double[cells] : new double[cells];
        Span<double> gain = cells <= StackLimit * 4 ? stackalloc double[cells] : new double[cells];
        Span<byte> kinds = cells <= StackLimit * 4 ? stackalloc byte[cells] : new byte[cells];
        var any = false;
        for (var a = 0; a < rows; a++)
        {
            for (var b = 0; b < columns; b++)
            {
                var cell = (a * columns) + b;
                var result = query.Similarity(freeQuery[a], listedTokenIds[freeListed[b]]);
                similarity[cell] = result.Similarity;
                kinds[cell] = (byte)result.Kind;
                gain[cell] = result.Similarity > 0
                    ? result.Similarity * (query.Weights[freeQuery[a]] + weights[listedTokenIds[freeListed[b]]])
                    : 0;
                any |= result.Similarity > 0;
            }
        }

        if (!any)
        {
            return spelledAlike;
        }

        Span<int> assignment = rows <= StackLimit ? stackalloc int[rows] : new int[rows];
        HungarianAssignment.Maximize(gain, rows, columns, assignment);
        for (var a = 0; a < rows; a++)
        {
            var b = assignment[a];
            if (b < 0 || similarity[(a * columns) + b] <= 0)
            {
                continue;
            }

            var i = freeQuery[a];
            var j = freeListed[b];
            queryPartner[i] = j;
            listedPartner[j] = i;
            var s = similarity[(a * columns) + b];
            var kind = (TokenMatchKind)kinds[(a * columns) + b];
            spelledAlike &= kind is TokenMatchKind.Exact or TokenMatchKind.RomanizationVariant;
            if (kind == TokenMatchKind.Initial)
            {
                initial ??= (query.Tokens[i].Text, query.Vocabulary.Tokens[listedTokenIds[j]].Text);
            }

            var weight = PairWeight(query, i, weights[listedTokenIds[j]]);
            numerator += 2 * s * weight;
            denominator += 2 * weight;
            alignment?.Add(new TokenAlignment(
                query.Tokens[i].Text, query.Vocabulary.Tokens[listedTokenIds[j]].Text, s, weight, kind));
        }

        return spelledAlike;
    }

    /// <summary>
    /// A pair weighs the mean of both tokens' rarity, so a common listed name cannot make a rare query token
    /// cheap to match; a query token absent from the lists (usually a typo) takes the listed token's weight.
    /// </summary>
    private static double PairWeight(QueryContext query, int queryToken, double listedWeight) =>
        query.IsKnown[queryToken] ? (query.Weights[queryToken] + listedWeight) / 2 : listedWeight;

    private static int Free(Span<int> partners, Span<int> free)
    {
        var count = 0;
        for (var i = 0; i < partners.Length; i++)
        {
            if (partners[i] < 0)
            {
                free[count++] = i;
            }
        }

        return count;
    }
}
