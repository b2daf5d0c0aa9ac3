using System.Globalization;
using System.Text;

namespace Screening.Evaluation.Names;

/// <summary>
/// Quality figures of one evaluation run. Positives are altered list names, scored by the score of their
/// expected entity (0 if not returned); negatives are unlisted names, scored by their top-1 score. Near-miss
/// company names are reported apart: they share most of a listed name by construction.
/// </summary>
public sealed record EvaluationReport(IReadOnlyList<QueryOutcome> Outcomes, double MatchThreshold, double ReviewThreshold, TimeSpan Elapsed)
{
    private IEnumerable<QueryOutcome> Positives => Outcomes.Where(o => o.Query.ExpectedEntityId is not null);

    private IEnumerable<QueryOutcome> Negatives => Of(QueryAlteration.Unlisted);

    private IEnumerable<QueryOutcome> NearMisses => Of(QueryAlteration.NearMissCompany);

    public double RecallAt1 => Fraction(Positives, o => o.Rank == 1);

    public double RecallAt10 => Fraction(Positives, o => o.Rank is <= 10);

    /// <summary>Share of altered list names whose expected entity scores at or above the match threshold.</summary>
    public double TruePositiveRate => Fraction(Positives, o => o.ExpectedScore >= MatchThreshold);

    /// <summary>Share of unlisted names whose top result scores at or above the match threshold.</summary>
    public double FalsePositiveRate => Fraction(Negatives, o => o.TopScore >= MatchThreshold);

    /// <summary>Share of near-miss company names (one distinctive word replaced) whose top result is a match.</summary>
    public double NearMissMatchRate => Fraction(NearMisses, o => o.TopScore >= MatchThreshold);

    /// <summary>Altered list names for which the expected entity was not among the ten results at all.</summary>
    public int NotFound => Positives.Count(o => o.Rank is null);

    /// <summary>Share of unlisted names whose top result reaches the review threshold.</summary>
    public double ReviewRate => Fraction(Negatives, o => o.TopScore >= ReviewThreshold);

    public double RocAuc => Names.RocAuc.Compute(
        [.. Positives.Select(o => o.ExpectedScore)], [.. Negatives.Select(o => o.TopScore)]);

    public double QueriesPerSecond => Outcomes.Count / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Latency of plain searches (default threshold and limit), measured after the labelled pass.</summary>
    public LatencyDistribution? Latency { get; init; }

    /// <summary>
    /// The session-1 label rules, kept as a second column: positives that name another entity equally well
    /// (<see cref="EvaluationQuery.NamesAnotherEntity"/>) are left out instead of counted.
    /// </summary>
    public int LabelRuleDropped => Positives.Count(o => o.Query.NamesAnotherEntity);

    public double LabelRuleRecallAt1 => Fraction(LabelRulePositives, o => o.Rank == 1);

    public double LabelRuleRecallAt10 => Fraction(LabelRulePositives, o => o.Rank is <= 10);

    public double LabelRuleRecallAt1For(QueryAlteration alteration) => Fraction(LabelRuleOf(alteration), o => o.Rank == 1);

    public double LabelRuleRecallAt10For(QueryAlteration alteration) => Fraction(LabelRuleOf(alteration), o => o.Rank is <= 10);

    private IEnumerable<QueryOutcome> LabelRulePositives => Positives.Where(o => !o.Query.NamesAnotherEntity);

    private IEnumerable<QueryOutcome> LabelRuleOf(QueryAlteration alteration) => Of(alteration).Where(o => !o.Query.NamesAnotherEntity);

    public double RecallAt1For(QueryAlteration alteration) => Fraction(Of(alteration), o => o.Rank == 1);

    public double RecallAt10For(QueryAlteration alteration) => Fraction(Of(alteration), o => o.Rank is <= 10);

    public double TruePositiveRateFor(QueryAlteration alteration) => Fraction(Of(alteration), o => o.ExpectedScore >= MatchThreshold);

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.AppendLine(c, $"queries {Outcomes.Count} ({Positives.Count()} altered list names, {Negatives.Count()} unlisted)");
        builder.AppendLine(c, $"recall@1 {RecallAt1:0.000}  recall@10 {RecallAt10:0.000}  ROC-AUC {RocAuc:0.000}  (every query counted)");
        builder.AppendLine(c,
            $"session-1 label rules ({LabelRuleDropped} altered names that name another entity equally well left out): recall@1 {LabelRuleRecallAt1:0.000}  recall@10 {LabelRuleRecallAt10:0.000}");
        builder.AppendLine(c, $"match threshold {MatchThreshold:0.000}: true positives {TruePositiveRate:0.000}, false positives {FalsePositiveRate:0.000}");
        builder.AppendLine(c, $"review threshold {ReviewThreshold:0.000}: unlisted names reaching review {ReviewRate:0.000}");
        builder.AppendLine(c, $"altered list names whose entity was not among the results: {NotFound}");
        if (NearMisses.Any())
        {
            builder.AppendLine(c,
                $"near-miss companies {NearMisses.Count()}: at match {NearMissMatchRate:0.000}, at review {Fraction(NearMisses, o => o.TopScore >= ReviewThreshold):0.000}");
        }

        builder.AppendLine(c, $"labelled pass {QueriesPerSecond:0} queries/s (single thread, ten explained results per query)");
        if (Latency is { } latency)
        {
            builder.AppendLine(c,
                $"plain searches {latency.QueriesPerSecond:0} queries/s wall-clock ({latency.CpuMicrosecondsPerQuery:0} us CPU per query), p50 {latency.P50Microseconds:0} us, p99 {latency.P99Microseconds:0} us, max {latency.MaxMicroseconds:0} us");
        }

        builder.AppendLine("alteration            n    r@1    r@10   >=match | label rules: n    r@1    r@10");
        foreach (var alteration in Enum.GetValues<QueryAlteration>().Where(a => a is not (QueryAlteration.Unlisted or QueryAlteration.NearMissCompany) && Of(a).Any()))
        {
            builder.AppendLine(c,
                $"{alteration,-20} {Of(alteration).Count(),4}  {RecallAt1For(alteration):0.000}  {RecallAt10For(alteration):0.000}  {TruePositiveRateFor(alteration):0.000}   |              {LabelRuleOf(alteration).Count(),4}  {LabelRuleRecallAt1For(alteration):0.000}  {LabelRuleRecallAt10For(alteration):0.000}");
        }

        builder.AppendLine("threshold  true-pos  false-pos");
        for (var threshold = 0.70; threshold < 0.975; threshold += 0.025)
        {
            var t = threshold;
            builder.AppendLine(c,
                $"{t,9:0.000}  {Fraction(Positives, o => o.ExpectedScore >= t),8:0.000}  {Fraction(Negatives, o => o.TopScore >= t),9:0.000}");
        }

        return builder.ToString();
    }

    private IEnumerable<QueryOutcome> Of(QueryAlteration alteration) => Outcomes.Where(o => o.Query.Alteration == alteration);

    private static double Fraction(IEnumerable<QueryOutcome> outcomes, Func<QueryOutcome, bool> predicate)
    {
        var list = outcomes as IReadOnlyCollection<QueryOutcome> ?? [.. outcomes];
        return list.Count == 0 ? 0 : (double)list.Count(predicate) / list.Count;
    }
}
