using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// The fast Jaro-Winkler (positions as bit masks) and the banded edit distance against the textbook versions they
/// replaced (kept below, as they were in the engine), on the tokens of the 2021 SDN names and typed variants of them:
/// the same double for Jaro-Winkler, the same distance within the limit (and "over the limit" beyond it), so the
/// scores built from them cannot move.
/// </summary>
public sealed class StringMeasureEquivalenceTests
{
    private static readonly Lazy<string[]> ListedTokens = new(() =>
        Sdn2021.Entities
            .SelectMany(e => e.Names)
            .SelectMany(n => NameNormalizer.Normalize(n.Value, isIndividual: true))
            .SelectMany(t => new[] { t.Spelling, t.Key })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray());

    /// <summary>Each listed token against typed variants of itself and against other listed tokens near it in order.</summary>
    private static IEnumerable<(string Left, string Right)> Pairs()
    {
        var random = new Random(20261130);
        var tokens = ListedTokens.Value;
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-0";
        for (var t = 0; t < tokens.Length; t += 3)
        {
            var token = tokens[t];
            yield return (token, tokens[(t + 1) % tokens.Length]);
            yield return (token, tokens[random.Next(tokens.Length)]);
            for (var variant = 0; variant < 4; variant++)
            {
                var chars = token.ToList();
                for (var edit = 0; edit <= variant % 3; edit++)
                {
                    var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
                    switch (random.Next(4))
                    {
                        case 0 when chars.Count > 0:
                            chars.RemoveAt(at);
                            break;
                        case 1 when chars.Count > 0:
                            chars[at] = Alphabet[random.Next(Alphabet.Length)];
                            break;
                        case 2 when at + 1 < chars.Count:
                            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                            break;
                        default:
                            chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                            break;
                    }
                }

                var typed = new string([.. chars]);
                yield return (token, typed);
                yield return (typed, token);
            }
        }
    }

    [Fact]
    public void Jaro_winkler_gives_the_same_double_as_the_textbook_version()
    {
        var compared = 0;
        foreach (var (left, right) in Pairs())
        {
            var expected = TextbookJaroWinkler(left, right);
            var actual = JaroWinkler.Similarity(left, right);
            Assert.True(expected.Equals(actual), $"{left} / {right}: {actual:R}, textbook {expected:R}");
            compared++;
        }

        Assert.True(compared > 50_000, $"only {compared} pairs");
    }

    [Fact]
    public void Edit_distance_is_exact_within_the_limit_and_over_it_beyond()
    {
        var compared = 0;
        foreach (var (left, right) in Pairs())
        {
            var distance = TextbookDistance(left, right);
            for (var limit = 0; limit <= 3; limit++)
            {
                var expected = distance <= limit ? distance : limit + 1;
                Assert.True(expected == EditDistance.Compute(left, right, limit), $"{left} / {right} limit {limit}: textbook {distance}");
            }

            compared++;
        }

        Assert.True(compared > 50_000, $"only {compared} pairs");
    }

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL", "BACDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL")] // 64 letters: the whole word
    [InlineData("MUHAMMAD", "MUHAMMAD-1")] // a character other than A-Z on the right
    [InlineData("AL-QAIDA", "ALQAIDA")] // and on the left
    [InlineData("A", "B")]
    [InlineData("", "")]
    public void Jaro_winkler_edge_cases_match_the_textbook_version(string left, string right) =>
        Assert.Equal(TextbookJaroWinkler(left, right), JaroWinkler.Similarity(left, right));

    private static double TextbookJaroWinkler(string left, string right)
    {
        if (left == right)
        {
            return 1.0;
        }

        if (left.Length == 0 || right.Length == 0)
        {
            return 0.0;
        }

        var leftMatched = new bool[left.Length];
        var rightMatched = new bool[right.Length];
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(right.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = true;
                    rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        double jaro;
        if (matches == 0)
        {
            jaro = 0.0;
        }
        else
        {
            var transpositions = 0;
            var k = 0;
            for (var i = 0; i < left.Length; i++)
            {
                if (!leftMatched[i])
                {
                    continue;
                }

                while (!rightMatched[k])
                {
                    k++;
                }

                if (left[i] != right[k])
                {
                    transpositions++;
                }

                k++;
            }

            double m = matches;
            jaro = ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        }

        var prefix = 0;
        var limit = Math.Min(4, Math.Min(left.Length, right.Length));
        while (prefix < limit && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>Optimal string alignment distance over the whole table, no limit.</summary>
    private static int TextbookDistance(string left, string right)
    {
        var d = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= right.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[left.Length, right.Length];
    }
}
