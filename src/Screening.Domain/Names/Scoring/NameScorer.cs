namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Token-aligned name similarity. Adjacent tokens that equal one token on the other side when joined are
/// paired first ("KWANG SON" / "KWANGSON", "JIN PING" / "JINPING"); the remaining tokens are aligned one to
/// one by <see cref="HungarianAssignment"/> maximizing Σ similarity × (query weight + listed weight). Then
///   score = Σ 2·s·w(listed) over pairs / (Σ 2·w(listed) over pairs + Σ w(unmatched query) + λ·Σ w(unmatched listed)),
/// a weighted Dice coefficient (w of a pair: see <see cref="PairWeight"/>) where λ = <see cref="NameMatchingOptions.UnmatchedListedTokenPenalty"/>.
/// </summary>
internal static class NameScorer
{
    public static NameScore Score(QueryContext query, int[] listedTokenIds, bool explain)
    {
        var tokens = query.Vocabulary.Tokens;
        var weights = query.Vocabulary.Weights;
        var options = query.Options;
        var n = query.Tokens.Count;
        var m = listedTokenIds.Length;
        var queryPartner = new int[n];
        var listedPartner = new int[m];
        Array.Fill(queryPartner, -1);
        Array.Fill(listedPartner, -1);
        var alignment = explain ? new List<TokenAlignment>(n + m) : null;
        double numerator = 0;
        double denominator = 0;

        // Joined tokens: two query tokens equal one listed token, or the other way round.
        for (var i = 0; i + 1 < n; i++)
        {
            if (queryPartner[i] >= 0 || queryPartner[i + 1] >= 0)
            {
                continue;
            }

            var joinedKey = query.Tokens[i].Key + query.Tokens[i + 1].Key;
            var joinedText = query.Tokens[i].Text + query.Tokens[i + 1].Text;
            for (var j = 0; j < m; j++)
            {
                var listed = tokens[listedTokenIds[j]];
                if (listedPartner[j] < 0 && (listed.Key == joinedKey || listed.Text == joinedText))
                {
                    queryPartner[i] = queryPartner[i + 1] = j;
                    listedPartner[j] = i;
                    var weight = weights[listedTokenIds[j]];
                    numerator += 2 * options.JoinedTokenSimilarity * weight;
                    denominator += 2 * weight;
                    alignment?.Add(new TokenAlignment(
                        query.Tokens[i].Text + " " + query.Tokens[i + 1].Text, listed.Text, options.JoinedTokenSimilarity, weight, TokenMatchKind.Joined));
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

            var first = tokens[listedTokenIds[j]];
            var second = tokens[listedTokenIds[j + 1]];
            var joinedKey = first.Key + second.Key;
            var joinedText = first.Text + second.Text;
            for (var i = 0; i < n; i++)
            {
                var q = query.Tokens[i];
                if (queryPartner[i] < 0 && (q.Key == joinedKey || q.Text == joinedText))
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

        AlignRemaining(query, listedTokenIds, queryPartner, listedPartner, alignment, ref numerator, ref denominator);

        for (var i = 0; i < n; i++)
        {
            if (queryPartner[i] < 0)
            {
                denominator += query.Weights[i];
                alignment?.Add(new TokenAlignment(query.Tokens[i].Text, null, 0, query.Weights[i], TokenMatchKind.Unmatched));
            }
        }

        for (var j = 0; j < m; j++)
        {
            if (listedPartner[j] < 0)
            {
                var weight = weights[listedTokenIds[j]];
                denominator += options.UnmatchedListedTokenPenalty * weight;
                alignment?.Add(new TokenAlignment(null, tokens[listedTokenIds[j]].Text, 0, weight, TokenMatchKind.Unmatched));
            }
        }

        var score = denominator > 0 ? numerator / denominator : 0;
        return new NameScore(Math.Clamp(score, 0, 1), alignment ?? (IReadOnlyList<TokenAlignment>)[]);
    }

    private static void AlignRemaining(
        QueryContext query,
        int[] listedTokenIds,
        int[] queryPartner,
        int[] listedPartner,
        List<TokenAlignment>? alignment,
        ref double numerator,
        ref double denominator)
    {
        var freeQuery = Free(queryPartner);
        var freeListed = Free(listedPartner);
        if (freeQuery.Count == 0 || freeListed.Count == 0)
        {
            return;
        }

        var weights = query.Vocabulary.Weights;
        var similarity = new (double Value, TokenMatchKind Kind)[freeQuery.Count, freeListed.Count];
        var gain = new double[freeQuery.Count, freeListed.Count];
        var any = false;
        for (var a = 0; a < freeQuery.Count; a++)
        {
            for (var b = 0; b < freeListed.Count; b++)
            {
                var result = query.Similarity(freeQuery[a], listedTokenIds[freeListed[b]]);
                similarity[a, b] = result;
                if (result.Similarity > 0)
                {
                    gain[a, b] = result.Similarity * (query.Weights[freeQuery[a]] + weights[listedTokenIds[freeListed[b]]]);
                    any = true;
                }
            }
        }

        if (!any)
        {
            return;
        }

        var assignment = HungarianAssignment.Maximize(gain);
        for (var a = 0; a < freeQuery.Count; a++)
        {
            var b = assignment[a];
            if (b < 0 || similarity[a, b].Value <= 0)
            {
                continue;
            }

            var i = freeQuery[a];
            var j = freeListed[b];
            queryPartner[i] = j;
            listedPartner[j] = i;
            var weight = PairWeight(query, i, weights[listedTokenIds[j]]);
            numerator += 2 * similarity[a, b].Value * weight;
            denominator += 2 * weight;
            alignment?.Add(new TokenAlignment(
                query.Tokens[i].Text, query.Vocabulary.Tokens[listedTokenIds[j]].Text, similarity[a, b].Value, weight, similarity[a, b].Kind));
        }
    }

    /// <summary>
    /// A pair weighs the mean of both tokens' rarity, so a common listed name cannot make a rare query token
    /// cheap to match; a query token absent from the lists (usually a typo) takes the listed token's weight.
    /// </summary>
    private static double PairWeight(QueryContext query, int queryToken, double listedWeight) =>
        query.IsKnown[queryToken] ? (query.Weights[queryToken] + listedWeight) / 2 : listedWeight;

    private static List<int> Free(int[] partners)
    {
        var free = new List<int>(partners.Length);
        for (var i = 0; i < partners.Length; i++)
        {
            if (partners[i] < 0)
            {
                free.Add(i);
            }
        }

        return free;
    }
}
