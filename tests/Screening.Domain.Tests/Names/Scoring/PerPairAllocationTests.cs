using System.Diagnostics;
using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;
using Screening.Domain.Names.Scoring;
using Screening.Domain.Tests.Names.Evaluation;
using Screening.Evaluation.Names;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// A query token is compared with every listed token the candidate stage finds for it, hundreds per query: that
/// comparison must not allocate, or a query in another script pays a string per pair (docs/benchmarks.md, speed6).
/// Counted with the thread's allocation counter, not timed.
/// </summary>
public sealed class PerPairAllocationTests
{
    private static readonly NameMatchingOptions Options = new();

    // Listed Latin tokens from real list names: CARACAS, CANTABRANA (SDN), CALIXTO, XHEMAJL, BASAL, VLADIMIR PUTIN,
    // ANDREY, KOZLOV; some compare equal to the query tokens below, most do not.
    private static readonly string[] ListedWords =
        ["CARACAS", "CANTABRANA", "CALIXTO", "XHEMAJL", "BASAL", "BASIL", "VLADIMIR", "PUTIN", "ANDREY", "KOZLOV", "KARAKAS", "PATIN"];

    private static NameToken Token(string word) => Assert.Single(NameNormalizer.Normalize(word, isIndividual: true));

    [Theory]
    [InlineData("בסל")] // a Hebrew word with two readings (ב B or V): its other skeletons are read for every listed token
    [InlineData("ΚΑΡΑΚΑΣ")] // a Greek word: the listed token's Greek form is compared with its own
    [InlineData("კალიქსტო")] // a Georgian word: the same with the Georgian form
    public void A_script_token_compared_with_listed_tokens_allocates_nothing(string word)
    {
        var query = Token(word);
        var listed = ListedWords.Select(Token).ToArray();
        var matched = 0.0;
        var bytes = SteadyStateAllocation(() => () =>
        {
            foreach (var token in listed)
            {
                matched += TokenSimilarity.Compare(query, token, Options).Similarity;
            }
        });

        Assert.Equal(0, bytes);
        Assert.True(matched > 0, "at least one listed token is the query token's spelling");
    }

    [Fact]
    public void A_kana_token_builds_its_keys_once_not_per_listed_token()
    {
        var index = NameIndex.Build(ListedWords.Select((w, i) => TestEntities.Entity($"{i}", EntityType.Individual, w)));
        var kana = NameNormalizer.Normalize("ウラジーミル・プーチン", isIndividual: true);
        var found = 0;
        var bytes = SteadyStateAllocation(() =>
        {
            // A fresh query (its pairs are cached per query); the first pair of each query token builds that token's
            // keys, outside the count. Every further pair must reuse them.
            var context = index.ContextFor(kana);
            context.Similarity(0, 0);
            context.Similarity(1, 0);
            return () =>
            {
                for (var id = 1; id < context.Vocabulary.Tokens.Length; id++)
                {
                    found += context.Similarity(0, id).Similarity > 0 ? 1 : 0;
                    found += context.Similarity(1, id).Similarity > 0 ? 1 : 0;
                }
            };
        });

        Assert.Equal(0, bytes);
        Assert.True(found >= 2, "VLADIMIR and PUTIN sound like the two kana words");
    }

    [Fact]
    public void Scoring_a_candidate_name_allocates_nothing()
    {
        // Every candidate of every search is scored once without an explanation; the score was a class, 64 bytes a
        // candidate that lived for one call.
        var index = NameIndex.Build(ListedWords.Select((w, i) => TestEntities.Entity($"{i}", EntityType.Individual, w)));
        var vocabulary = index.ContextFor([]).Vocabulary;
        var listed = new[] { "VLADIMIR", "PUTIN" }.Select(w => vocabulary.TryGetByText(w, out var id) ? id : -1).ToArray();
        Assert.DoesNotContain(-1, listed);
        var total = 0.0;
        var bytes = SteadyStateAllocation(() =>
        {
            var context = index.ContextFor(NameNormalizer.Normalize("Vladimir PATIN", isIndividual: true));
            NameScorer.Score(context, listed, individual: true, explain: false);
            return () => total += NameScorer.Score(context, listed, individual: true, explain: false).Score;
        });

        Assert.Equal(0, bytes);
        Assert.True(total > 0.8, "VLADIMIR PATIN is one typo from VLADIMIR PUTIN");
    }

    /// <summary>
    /// Bytes the thread allocates running what <paramref name="prepare"/> returns, pass after pass until a pass allocates
    /// nothing or ten seconds have gone. Not a timing: the first-tier JIT code of framework generics allocates where the
    /// optimized code does not (IndexOfAnyInRange boxes at tier 0), so a pass is repeated until the methods are
    /// optimized; code that allocates per pair never reaches zero.
    /// </summary>
    private static long SteadyStateAllocation(Func<Action> prepare)
    {
        var giveUp = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        long bytes;
        do
        {
            var pass = prepare();
            var before = GC.GetAllocatedBytesForCurrentThread();
            pass();
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        while (bytes > 0 && Stopwatch.GetTimestamp() < giveUp);

        return bytes;
    }

    /// <summary>
    /// The in-place folding against the StringBuilder folding it replaced (kept below, as it was in the engine before
    /// speed6), on the SDN 2021 tokens and on those tokens written in Greek and Georgian: <c>Of</c> gives the same form,
    /// and <c>FoldsTo</c> says yes exactly where the old forms were equal, for the token itself and for its neighbour in
    /// spelling order (mostly a no). <c>Of</c> and <c>FoldsTo</c> share one fold, so each is checked against the old code,
    /// not against the other.
    /// </summary>
    [Fact]
    public void Folding_in_place_agrees_with_the_StringBuilder_folding_it_replaced()
    {
        var listed = Sdn2021.Entities
            .SelectMany(e => e.Names)
            .SelectMany(n => NameNormalizer.Normalize(n.Value, isIndividual: true))
            .Select(t => t.Spelling)
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        int greekYes = 0, greekNo = 0, georgianYes = 0, georgianNo = 0;
        for (var i = 0; i < listed.Length; i += 4)
        {
            var latin = listed[i];
            Assert.Equal(OldGreekForm(latin), GreekLatinForm.Of(latin));
            Assert.Equal(OldGeorgianForm(latin), GeorgianLatinForm.Of(latin));
            string[] against = [latin, listed[(i + 1) % listed.Length]];
            foreach (var token in NameNormalizer.Normalize(LatinToScript.Write(latin, QueryAlteration.GreekSpelling), isIndividual: true))
            {
                if (token.GreekForm is not { } form)
                {
                    continue;
                }

                foreach (var other in against)
                {
                    var expected = OldGreekForm(other) == form;
                    Assert.True(expected == GreekLatinForm.FoldsTo(other, form), $"{other} / Greek {token.Text} ({form})");
                    if (expected)
                    {
                        greekYes++;
                    }
                    else
                    {
                        greekNo++;
                    }
                }
            }

            foreach (var token in NameNormalizer.Normalize(LatinToScript.Write(latin, QueryAlteration.GeorgianSpelling), isIndividual: true))
            {
                if (token.GeorgianForm is not { } form)
                {
                    continue;
                }

                foreach (var other in against)
                {
                    var expected = OldGeorgianForm(other) == form;
                    Assert.True(expected == GeorgianLatinForm.FoldsTo(other, form), $"{other} / Georgian {token.Text} ({form})");
                    if (expected)
                    {
                        georgianYes++;
                    }
                    else
                    {
                        georgianNo++;
                    }
                }
            }
        }

        // Both answers must occur often, or agreeing would prove little.
        Assert.True(greekYes > 1000 && greekNo > 1000, $"Greek: {greekYes} yes, {greekNo} no");
        Assert.True(georgianYes > 1000 && georgianNo > 1000, $"Georgian: {georgianYes} yes, {georgianNo} no");
    }

    private static readonly (string Written, char Folded)[] OldGreekPairs =
        [("OU", 'U'), ("NT", 'D'), ("MP", 'B'), ("GK", 'G'), ("TZ", 'J'), ("KS", 'X'), ("CH", 'K')];

    /// <summary>GreekLatinForm.Of as it was before speed6 (a StringBuilder per call).</summary>
    private static string OldGreekForm(string latin)
    {
        var builder = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var pair = i + 1 < latin.Length ? OldGreekPairs.FirstOrDefault(p => latin[i] == p.Written[0] && latin[i + 1] == p.Written[1]) : default;
            if (pair.Written is not null)
            {
                AppendUndoubled(builder, pair.Folded);
                i++;
                continue;
            }

            switch (latin[i])
            {
                case 'H':
                    break;
                case 'C' or 'Q':
                    AppendUndoubled(builder, 'K');
                    break;
                case 'Y':
                    AppendUndoubled(builder, 'I');
                    break;
                case 'W':
                    AppendUndoubled(builder, 'U');
                    break;
                default:
                    AppendUndoubled(builder, latin[i]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>GeorgianLatinForm.Of as it was before speed6 (a StringBuilder per call).</summary>
    private static string OldGeorgianForm(string latin)
    {
        var builder = new StringBuilder(latin.Length + 2);
        foreach (var c in latin)
        {
            switch (c)
            {
                case 'C' or 'Q':
                    AppendUndoubled(builder, 'K');
                    break;
                case 'X':
                    AppendUndoubled(builder, 'K');
                    AppendUndoubled(builder, 'S');
                    break;
                case 'F':
                    AppendUndoubled(builder, 'P');
                    break;
                case 'Y':
                    AppendUndoubled(builder, 'I');
                    break;
                case 'W':
                    AppendUndoubled(builder, 'V');
                    break;
                default:
                    AppendUndoubled(builder, c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AppendUndoubled(StringBuilder builder, char c)
    {
        if (builder.Length == 0 || builder[^1] != c)
        {
            builder.Append(c);
        }
    }
}
