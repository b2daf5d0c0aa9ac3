namespace Screening.Domain.Tests.Names.Evaluation;

public sealed class OfacSdnCsvTestLoaderTests
{
    [Fact]
    public void Reads_every_entry_and_alias_of_the_2021_SDN_set()
    {
        var entities = OfacSdnCsvTestLoader.Sdn2021;

        Assert.Equal(8_976, entities.Count); // SOURCES.md counts
        Assert.Equal(11_910, entities.Sum(e => e.Names.Count - 1));
        Assert.Equal("AL ZAWAHIRI, Dr. Ayman", entities.Single(e => e.Id == "ofac-sdn:2676").PrimaryName.Value);
    }
}
