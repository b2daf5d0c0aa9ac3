using Screening.Evaluation.Names;

namespace Screening.Domain.Tests.Names.Evaluation;

public sealed class EvaluationReportTests
{
    [Fact]
    public void Every_query_is_counted_and_the_session_1_label_rules_are_a_second_column()
    {
        // An exact list name that is also another entity's listed name: counted in the primary figures, left out of the second column.
        var report = new EvaluationReport(
        [
            Outcome(new EvaluationQuery("KIM CHOL", QueryAlteration.Exact, "ofac-sdn:1", "KIM, Chol", NamesAnotherEntity: true), rank: 2),
            Outcome(new EvaluationQuery("RI PYONG CHOL", QueryAlteration.Exact, "ofac-sdn:2", "RI, Pyong Chol"), rank: 1),
            Outcome(new EvaluationQuery("KIM SOK CHOL", QueryAlteration.OneTypo, "ofac-sdn:3", "KIM, Sok Chol"), rank: 11),
            Outcome(new EvaluationQuery("Amin JOK RIAK", QueryAlteration.Unlisted, null, "Amin JOK RIAK"), rank: 0),
        ], MatchThreshold: 0.875, ReviewThreshold: 0.75, TimeSpan.FromSeconds(1));

        Assert.Equal(1 / 3.0, report.RecallAt1, 6);
        Assert.Equal(1 / 2.0, report.LabelRuleRecallAt1, 6);
        Assert.Equal(0.5, report.RecallAt1For(QueryAlteration.Exact), 6);
        Assert.Equal(1.0, report.LabelRuleRecallAt1For(QueryAlteration.Exact), 6);
        Assert.Equal(1, report.LabelRuleDropped);
        Assert.Contains("session-1 label rules (1 altered names", report.ToString(), StringComparison.Ordinal);
    }

    private static QueryOutcome Outcome(EvaluationQuery query, int rank) => new(query, rank, 0.9, 0.95, "ofac-sdn:9");
}
