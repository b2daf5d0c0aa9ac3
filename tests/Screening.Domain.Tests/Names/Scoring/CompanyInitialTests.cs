using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// An initial stands for a person's name ("Hans J Friedrich" for FRIEDRICH, Hans Joachim); a company is not named by
/// the initial of its distinctive word, so a company name met only through initials is another party: review at most.
/// </summary>
public sealed class CompanyInitialTests
{
    private static readonly NameIndex Index = NameIndex.Build(
    [
        TestEntities.Entity("8368", EntityType.Entity, "H & H METALFORM GMBH"), // SDN 8368
        TestEntities.Entity("8403", EntityType.Entity, "T N K FABRICS LIMITED"), // SDN 8403
        TestEntities.Entity("8348", EntityType.Individual, "ATIA, Hachim K."), // SDN 8348
    ]);

    [Theory]
    [InlineData("HAAS & HOFMANN METALFORM GMBH", "ofac-sdn:8368")]
    [InlineData("TATA NOVA KAPOOR FABRICS LIMITED", "ofac-sdn:8403")]
    public void A_company_word_met_only_by_its_initial_is_never_a_match(string query, string listedId)
    {
        var match = Assert.Single(Index.Search(new NameQuery(query, IncludeBelowThreshold: true)), m => m.Entity.Id == listedId);

        Assert.True(match.Score < NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
        Assert.True(match.Score >= NameMatchingOptions.Default.ReviewThreshold, match.Explanation.ToString());
        Assert.Contains(match.Explanation.Adjustments, a => a.Reason.Contains("initial", StringComparison.Ordinal));
    }

    [Fact]
    public void A_persons_listed_initial_still_matches_the_full_name()
    {
        var match = Index.Search(new NameQuery("Hachim Khalil ATIA"))[0];

        Assert.Equal("ofac-sdn:8348", match.Entity.Id);
        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
    }
}
