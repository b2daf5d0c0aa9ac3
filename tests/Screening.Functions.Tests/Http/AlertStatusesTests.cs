using Screening.Domain.Monitoring;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Http;

public sealed class AlertStatusesTests
{
    [Theory]
    [InlineData("open", AlertStatus.Open)]
    [InlineData("true_match", AlertStatus.TrueMatch)]
    [InlineData("false_positive", AlertStatus.FalsePositive)]
    [InlineData("escalated", AlertStatus.Escalated)]
    [InlineData("entity_delisted", AlertStatus.EntityDelisted)]
    public void Each_status_parses_from_its_api_name_and_spells_back_the_same(string name, AlertStatus status)
    {
        Assert.True(AlertStatuses.TryParse(name, out var parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(name, AlertStatuses.NameOf(status));
        Assert.Contains(name, AlertStatuses.Names);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Open")]
    [InlineData("TrueMatch")]
    [InlineData("true-match")]
    public void Anything_but_the_exact_api_name_is_refused(string text) => Assert.False(AlertStatuses.TryParse(text, out _));
}
