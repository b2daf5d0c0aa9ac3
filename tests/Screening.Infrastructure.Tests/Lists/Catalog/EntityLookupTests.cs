using Screening.Infrastructure.Lists.Catalog;

namespace Screening.Infrastructure.Tests.Lists.Catalog;

public sealed class EntityLookupTests
{
    [Theory]
    [InlineData("ofac-sdn:36", new[] { "ofac-sdn" })]
    [InlineData("custom:acme:123", new[] { "custom:acme", "custom" })]
    [InlineData("un:KPi.033", new[] { "un" })]
    [InlineData("nocolon", new string[0])]
    public void Tries_the_longest_source_prefix_first(string entityId, string[] expected) =>
        Assert.Equal(expected, EntityLookup.CandidateSources(entityId));
}
