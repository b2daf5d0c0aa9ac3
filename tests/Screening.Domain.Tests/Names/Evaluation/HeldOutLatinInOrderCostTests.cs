using System.Globalization;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The in-order cost (<see cref="NameMatchingOptions.InOrderUnmatchedListedTokenPenalty"/>, λ 0.35) was chosen over 0.25
/// on the 1,500 queries of the full report, the same queries it is reported on. This run builds the same Latin kinds
/// (altered list names, unlisted names, near-miss companies) from a seed nobody tuned on and reports λ 0.35, 0.25 and
/// 0.5 (the normal cost: no lower cost at all) side by side, so the choice is checked on names it was not made on.
/// </summary>
public sealed class HeldOutLatinInOrderCostTests(ITestOutputHelper output)
{
    private const int HeldOutSeed = 20261203;

    /// <summary>
    /// Seed 20261203's false matches were read (prec7) to find the short-word rule, so it is no longer held out; this
    /// seed's figures were taken once and its misses never read.
    /// </summary>
    private const int FourthSeed = 20261209;

    [Fact]
    [Trait("Category", "Evaluation")]
    public void Held_out_latin_set_with_each_in_order_cost()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, new EvaluationSetOptions(
            Seed: HeldOutSeed, EntityCount: 40_000, AlteredQueries: 500, UnlistedQueries: 500, NearMissCompanies: 100,
            KoreanQueries: 0, ScriptQueriesPerScript: 0, KatakanaQueries: 0));
        var reports = new Dictionary<double, EvaluationReport>();
        foreach (var inOrderCost in new[] { 0.35, 0.25, NameMatchingOptions.Default.UnmatchedListedTokenPenalty })
        {
            var options = NameMatchingOptions.Default with { InOrderUnmatchedListedTokenPenalty = inOrderCost };
            var report = EvaluationRunner.Run(NameIndex.Build(set.Entities, options), set);
            reports[inOrderCost] = report;
            var misses = report.Outcomes.Count(o => o.Query.ExpectedEntityId is not null && o.Rank != 1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held out λ {inOrderCost:0.00}: recall@1 {report.RecallAt1:0.000} ({misses} misses)  recall@10 {report.RecallAt10:0.000}  ROC-AUC {report.RocAuc:0.000}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  unlisted at match {report.FalsePositiveRate:0.000}  near-miss at match {report.NearMissMatchRate:0.000}  dropped-word r@1 {report.RecallAt1For(QueryAlteration.DroppedMiddleToken):0.000}"));
            foreach (var miss in report.Outcomes.Where(o => o.Query.ExpectedEntityId is not null && o.Rank != 1))
            {
                output.WriteLine($"  MISS {miss.Query.Alteration} '{miss.Query.Text}' (from '{miss.Query.SourceName}') rank {miss.Rank} score {miss.ExpectedScore:0.000} top {miss.TopEntityId} {miss.TopScore:0.000}");
            }
        }

        // Measured 2026-11-30 (fixa7): λ 0.35 and 0.25 both recall@1 0.980 (10 misses), 0.5 0.976 (12); recall@10 0.994,
        // unlisted at match 0.008 and near-miss companies at match 0.010 alike for all three, so the held-out false
        // positives are not the lower cost's. prec7 read this seed's false matches (short keys, HAJJ / KHAN; a company
        // word met by its initial): unlisted at match 0.006 and near-miss 0 since, and the fourth seed below is the held-out figure now. The lower cost must keep finding more and add no false positive.
        var chosen = reports[0.35];
        var none = reports[NameMatchingOptions.Default.UnmatchedListedTokenPenalty];
        Assert.True(chosen.RecallAt1 > none.RecallAt1, $"held-out recall@1 with the lower cost {chosen.RecallAt1:0.000}, without {none.RecallAt1:0.000}");
        Assert.True(chosen.FalsePositiveRate <= none.FalsePositiveRate, $"unlisted at match {chosen.FalsePositiveRate:0.000}, without {none.FalsePositiveRate:0.000}");
        Assert.True(chosen.NearMissMatchRate <= none.NearMissMatchRate, $"near-miss at match {chosen.NearMissMatchRate:0.000}, without {none.NearMissMatchRate:0.000}");
    }

    [Fact]
    [Trait("Category", "Evaluation")]
    public void Fourth_seed_latin_set_meets_its_floors()
    {
        var set = EvaluationSetBuilder.Build(Sdn2021.Entities, new EvaluationSetOptions(
            Seed: FourthSeed, EntityCount: 40_000, AlteredQueries: 500, UnlistedQueries: 500, NearMissCompanies: 100,
            KoreanQueries: 0, ScriptQueriesPerScript: 0, KatakanaQueries: 0));
        var report = EvaluationRunner.Run(NameIndex.Build(set.Entities, NameMatchingOptions.Default), set);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fourth seed: recall@1 {report.RecallAt1:0.000}  recall@10 {report.RecallAt10:0.000}  ROC-AUC {report.RocAuc:0.000}  unlisted at match {report.FalsePositiveRate:0.000}  near-miss at match {report.NearMissMatchRate:0.000}"));

        // Floors a little under the figures measured once (see docs/benchmarks.md, prec7).
        Assert.True(report.RecallAt1 >= FourthSeedFloors.RecallAt1, $"recall@1 {report.RecallAt1:0.000}");
        Assert.True(report.RecallAt10 >= FourthSeedFloors.RecallAt10, $"recall@10 {report.RecallAt10:0.000}");
        Assert.True(report.RocAuc >= FourthSeedFloors.RocAuc, $"ROC-AUC {report.RocAuc:0.000}");
        Assert.True(report.FalsePositiveRate <= FourthSeedFloors.UnlistedAtMatch, $"unlisted at match {report.FalsePositiveRate:0.000}");
        Assert.True(report.NearMissMatchRate <= FourthSeedFloors.NearMissAtMatch, $"near-miss at match {report.NearMissMatchRate:0.000}");
    }

    private static class FourthSeedFloors
    {
        // Measured 2026-11-30 (prec7): recall@1 0.974, recall@10 0.990, ROC-AUC 0.987, unlisted at match 0.002 (1 of 500;
        // 0.004 before the company-initial cap), near-miss companies at match 0. The precision floors are #13's targets: at most 0.5 % unlisted, no near-miss.
        public const double RecallAt1 = 0.965;
        public const double RecallAt10 = 0.985;
        public const double RocAuc = 0.98;
        public const double UnlistedAtMatch = 0.005;
        public const double NearMissAtMatch = 0.0;
    }
}
