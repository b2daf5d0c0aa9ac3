using Screening.Domain.Model;

namespace Screening.Domain.Tests.Names.Evaluation;

public sealed class Sdn2021Tests
{
    [Fact]
    public void Reads_every_entry_and_alias_of_the_2021_SDN_set()
    {
        var entities = Sdn2021.Entities;

        Assert.Equal(8_976, entities.Count); // SOURCES.md counts
        Assert.True(entities.Sum(e => e.Names.Count(n => !n.IsPrimary)) >= 11_910); // alt.csv rows, plus remarks a.k.a.s
        Assert.Equal("AL ZAWAHIRI, Dr. Ayman", entities.Single(e => e.Id == "ofac-sdn:2676").PrimaryName.Value);
        Assert.Contains(entities.SelectMany(e => e.Names), n => n.Strength == NameStrength.Weak);
    }
}
