using Screening.Domain.Monitoring;

namespace Screening.Domain.Tests.Monitoring;

public sealed class AlertRaisingTests
{
    private static AlertPair Known(AlertStatus status) => new("s-1", "ofac-sdn:1", "al-1", status, "subject-a", "entity-a");

    [Theory]
    [InlineData(AlertStatus.FalsePositive, "subject-a", "entity-a", false, null)]
    [InlineData(AlertStatus.FalsePositive, "subject-b", "entity-a", true, AlertRaising.SubjectChanged)]
    [InlineData(AlertStatus.FalsePositive, "subject-a", "entity-b", true, AlertRaising.EntityChanged)]
    [InlineData(AlertStatus.FalsePositive, "subject-b", "entity-b", true, AlertRaising.SubjectAndEntityChanged)]
    [InlineData(AlertStatus.TrueMatch, "subject-a", "entity-a", false, null)]
    [InlineData(AlertStatus.Open, "subject-b", "entity-b", false, null)]
    [InlineData(AlertStatus.Escalated, "subject-b", "entity-a", false, null)]
    [InlineData(AlertStatus.EntityDelisted, "subject-a", "entity-a", true, null)]
    public void A_known_pair_raises_only_when_decided_and_changed(AlertStatus status, string subject, string entity, bool raise, string? because)
    {
        Assert.Equal(new RaiseDecision(raise, because), AlertRaising.Decide(Known(status), subject, entity));
    }

    [Fact]
    public void A_first_hit_raises()
    {
        Assert.Equal(new RaiseDecision(true, null), AlertRaising.Decide(null, "subject-a", "entity-a"));
    }

    [Fact]
    public void Alert_ids_depend_on_subject_entity_and_list_version_only()
    {
        var id = MonitoringIds.AlertId("s-1", "ofac-sdn:1", "ofac-sdn@v1");
        Assert.Equal(id, MonitoringIds.AlertId("s-1", "ofac-sdn:1", "ofac-sdn@v1"));
        Assert.NotEqual(id, MonitoringIds.AlertId("s-1", "ofac-sdn:1", "ofac-sdn@v2"));
        Assert.NotEqual(id, MonitoringIds.AlertId("s-2", "ofac-sdn:1", "ofac-sdn@v1"));
        Assert.Matches("^al-[0-9a-f]{32}$", id);
    }

    [Fact]
    public void The_client_reference_is_not_part_of_what_changes_a_subject()
    {
        var subject = new Subject { Id = "s-1", Kind = SubjectKind.Person, Name = "Ann Lee", ClientReference = "crm-1" };
        Assert.Equal(SubjectFingerprint.Of(subject), SubjectFingerprint.Of(subject with { ClientReference = "crm-2" }));
        Assert.NotEqual(SubjectFingerprint.Of(subject), SubjectFingerprint.Of(subject with { Country = "KP" }));
        Assert.Equal(SubjectFingerprint.Of(subject with { Aliases = ["A", "B"] }), SubjectFingerprint.Of(subject with { Aliases = ["B", "A"] }));
    }

    [Fact]
    public void Subjects_spread_over_every_partition()
    {
        var used = Enumerable.Range(0, 10_000).Select(i => SubjectPartition.Of($"customer-{i}")).Distinct().Count();
        Assert.Equal(SubjectPartition.Count, used);
    }
}
