using System.Globalization;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// Scripts the lists give no (or hardly any) names in — Greek, Armenian, Georgian, Hebrew, Devanagari — measured on
/// listed SDN individuals written in each script by the harness's rule table, against the 40,000-entity evaluation
/// index (every query counted; a tie with the truth at the top is rank 1).
/// </summary>
public sealed class ScriptSpellingSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void Names_written_in_other_scripts_find_their_latin_listing_per_script()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, new EvaluationSetOptions(Seed: 20210707, EntityCount: 40_000, AlteredQueries: 0, UnlistedQueries: 0, NearMissCompanies: 0, KoreanQueries: 0));
        var queries = ScriptSpellingQueries.Build(Sdn2021.Entities, perScript: 50, seed: 20261130);
        var report = EvaluationRunner.Run(NameIndex.Build(set.Entities), new EvaluationSet(set.Entities, [.. queries], set.Seed));

        foreach (var script in ScriptSpellingQueries.Scripts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{script,-20} 50  recall@1 {report.RecallAt1For(script):0.000}  recall@10 {report.RecallAt10For(script):0.000}  at match {report.TruePositiveRateFor(script):0.000}"));
            foreach (var miss in report.Outcomes.Where(o => o.Query.Alteration == script && o.Rank != 1).Take(6))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  MISS '{miss.Query.Text}' ({miss.Query.SourceName}) rank {miss.Rank} score {miss.ExpectedScore:0.000} top {miss.TopEntityId} {miss.TopScore:0.000}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {queries.Count}: recall@1 {report.RecallAt1:0.000}, recall@10 {report.RecallAt10:0.000}"));
        Assert.Equal(250, queries.Count);

        // Floors at the figures measured 2026-11-30 (recall@10): Greek 0.80 → 0.92 (ELOT initial ΜΠ/ΝΤ/ΓΚ, ΟΥ) → 0.98
        // (GreekWordStep: the reading Greek gives foreign names as key), Armenian 0.94 → 1.00 (ՈՒ is U), Georgian 1.00,
        // Hebrew 0.58 → 0.74 (geresh) → 0.90 (HebrewReading: likely reading, skeleton of every reading) → 0.94 (harness
        // table: one ו for OU) → 0.96 (final ה keys as E) → 0.98 (candidate places for the names most query tokens found) → 1.00 (hebrew6: ו read O or U, a final ה A or E), Devanagari 0.94 (DevanagariReading: inherent vowel, 0.94) → 0.96 (harness table: no final
        // virama, final A as ा) → 0.98 (DevanagariWordStep: a bare ज keys as Z). Deterministic (fixed seeds), so a fall is a change of the engine, not noise.
        Assert.True(report.RecallAt10For(QueryAlteration.GreekSpelling) >= 0.98, "Greek");
        Assert.True(report.RecallAt10For(QueryAlteration.ArmenianSpelling) >= 1.0, "Armenian");
        Assert.True(report.RecallAt10For(QueryAlteration.GeorgianSpelling) >= 1.0, "Georgian");
        Assert.True(report.RecallAt10For(QueryAlteration.HebrewSpelling) >= 1.0, "Hebrew");
        Assert.True(report.RecallAt10For(QueryAlteration.DevanagariSpelling) >= 0.98, "Devanagari");
        Assert.True(report.RecallAt1 >= 0.99, "recall@1, all 250"); // 0.992 (hebrew6; Hebrew recall@1 0.98 -> 1.00)
        // The right name at match (calib6, issue #13): Greek 0.98 → 1.00 (GreekLatinForm), Georgian 0.98 (GeorgianLatinForm;
        // the 0.98 before it came from other tokens of the same names), Hebrew 0.86 (a reading with all of the listed
        // token's consonants, four or more, 0.92) → 0.90 (hebrew6: the keys of the other vowel readings).
        Assert.True(report.TruePositiveRateFor(QueryAlteration.GreekSpelling) >= 1.0, "Greek at match");
        Assert.True(report.TruePositiveRateFor(QueryAlteration.GeorgianSpelling) >= 0.98, "Georgian at match");
        Assert.True(report.TruePositiveRateFor(QueryAlteration.HebrewSpelling) >= 0.90, "Hebrew at match");
    }

    /// <summary>
    /// The same kinds, katakana included, on a second seed (20261201). It was drawn as a held-out seed, but its misses were
    /// printed and looked at in session 6 (hebrew6: the rule "ו between consonants is also W" moved only its figures), so it
    /// is no longer held out: kept as a second tuned seed, guarding what session 6 gained on it. The honest figure is
    /// <see cref="Held_out_people_of_a_third_seed_written_in_other_scripts_and_katakana_find_their_latin_listing"/>.
    /// </summary>
    [Fact]
    public void Second_seed_looked_at_in_session_6_written_in_other_scripts_and_katakana_find_their_latin_listing()
    {
        const int SecondSeed = 20261201;
        var (queries, report) = ScriptsAndKatakana(SecondSeed);

        foreach (var kind in ScriptsAndKatakanaKinds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"second seed {kind,-20} recall@1 {report.RecallAt1For(kind):0.000}  recall@10 {report.RecallAt10For(kind):0.000}  at match {report.TruePositiveRateFor(kind):0.000}"));
            foreach (var miss in report.Outcomes.Where(o => o.Query.Alteration == kind && o.Rank != 1))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  MISS '{miss.Query.Text}' ({miss.Query.SourceName}) rank {miss.Rank} score {miss.ExpectedScore:0.000} top {miss.TopEntityId} {miss.TopScore:0.000}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"second seed all {queries.Count}: recall@1 {report.RecallAt1:0.000}, recall@10 {report.RecallAt10:0.000}"));
        Assert.Equal(300, queries.Count);

        // Floors just under the figures measured 2026-11-30 (recall@10). Hebrew 0.92 → 0.94 (hebrew6: a listed token takes
        // one query token's vote in the pool estimate) → 0.96 (a ו between consonants also read as the consonant W, the
        // change that was made while reading this seed's misses); recall@1 0.90 → 0.96.
        Assert.True(report.RecallAt10For(QueryAlteration.GreekSpelling) >= 0.98, "Greek, second seed");
        Assert.True(report.RecallAt10For(QueryAlteration.ArmenianSpelling) >= 1.0, "Armenian, second seed");
        Assert.True(report.RecallAt10For(QueryAlteration.GeorgianSpelling) >= 0.98, "Georgian, second seed");
        Assert.True(report.RecallAt10For(QueryAlteration.HebrewSpelling) >= 0.96, "Hebrew, second seed");
        Assert.True(report.RecallAt10For(QueryAlteration.DevanagariSpelling) >= 0.98, "Devanagari, second seed");
        Assert.True(report.RecallAt10For(QueryAlteration.KatakanaSpelling) >= 0.98, "Katakana, second seed"); // 0.96 → 0.98 (kana7: short kana keys add to names other words found)
    }

    /// <summary>
    /// The held-out figure: 50 people per kind drawn with a third seed that no rule was written against. It prints its
    /// figures only, never its misses: reading them would make it one more tuned seed (as happened to the second). Do not
    /// change the engine to move it; docs/benchmarks.md reports it as the honest figure for these kinds.
    /// </summary>
    [Fact]
    public void Held_out_people_of_a_third_seed_written_in_other_scripts_and_katakana_find_their_latin_listing()
    {
        const int HeldOutSeed = 20261207;
        var (queries, report) = ScriptsAndKatakana(HeldOutSeed);

        foreach (var kind in ScriptsAndKatakanaKinds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held out {kind,-20} recall@1 {report.RecallAt1For(kind):0.000}  recall@10 {report.RecallAt10For(kind):0.000}  at match {report.TruePositiveRateFor(kind):0.000}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out all {queries.Count}: recall@1 {report.RecallAt1:0.000}, recall@10 {report.RecallAt10:0.000}"));
        Assert.Equal(300, queries.Count);

        // Floors one query (0.02) under the figures first measured (fixb7, 2026-11-30, main at 50530d2), recall@1 / @10 /
        // at match: Greek 0.94 / 0.98 / 0.92, Armenian 1.00 / 1.00 / 0.98, Georgian 1.00 / 1.00 / 1.00, Hebrew 0.88 / 0.96 /
        // 0.84, Devanagari 0.98 / 1.00 / 0.96, Katakana 0.94 / 0.96 / 0.92; all 300 0.957 / 0.983.
        Assert.True(report.RecallAt10For(QueryAlteration.GreekSpelling) >= 0.96, "Greek, held out");
        Assert.True(report.RecallAt10For(QueryAlteration.ArmenianSpelling) >= 0.98, "Armenian, held out");
        Assert.True(report.RecallAt10For(QueryAlteration.GeorgianSpelling) >= 0.98, "Georgian, held out");
        Assert.True(report.RecallAt10For(QueryAlteration.HebrewSpelling) >= 0.94, "Hebrew, held out");
        Assert.True(report.RecallAt10For(QueryAlteration.DevanagariSpelling) >= 0.98, "Devanagari, held out");
        Assert.True(report.RecallAt10For(QueryAlteration.KatakanaSpelling) >= 0.94, "Katakana, held out");
        Assert.True(report.RecallAt1 >= 0.95, "recall@1, all 300, held out");
    }

    /// <summary>The 40,000-entity evaluation set and its index, built once for both seeds.</summary>
    private static readonly Lazy<(EvaluationSet Set, NameIndex Index)> EvaluationIndex = new(() =>
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, new EvaluationSetOptions(Seed: 20210707, EntityCount: 40_000, AlteredQueries: 0, UnlistedQueries: 0, NearMissCompanies: 0, KoreanQueries: 0));
        return (set, NameIndex.Build(set.Entities));
    });

    private static readonly QueryAlteration[] ScriptsAndKatakanaKinds = [.. ScriptSpellingQueries.Scripts, QueryAlteration.KatakanaSpelling];

    /// <summary>50 listed people per script and 50 in katakana, drawn with <paramref name="seed"/>, run against the 40,000-entity evaluation index.</summary>
    private static (List<EvaluationQuery> Queries, EvaluationReport Report) ScriptsAndKatakana(int seed)
    {
        var (set, index) = EvaluationIndex.Value;
        var queries = ScriptSpellingQueries.Build(Sdn2021.Entities, perScript: 50, seed: seed)
            .Concat(KatakanaSpellingQueries.Build(Sdn2021.Entities, count: 50, seed: seed))
            .ToList();
        return (queries, EvaluationRunner.Run(index, new EvaluationSet(set.Entities, [.. queries], set.Seed)));
    }
}
