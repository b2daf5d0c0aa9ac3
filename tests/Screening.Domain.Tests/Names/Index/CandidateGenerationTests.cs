using Screening.Domain.Names;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// Queries that once got no candidate at all from the whole 2021 SDN set (the examples of issue 13): a space lost or
/// added, or two typing errors in one token. Each must now rank its entry first.
/// </summary>
public sealed class CandidateGenerationTests
{
    [Theory]
    [InlineData("AHMEDQassim Abdullah Ali", "ofac-sdn:24786")] // AHMED, Qassim Abdullah Ali: surname typed against the given name
    [InlineData("GELOWICZFritz Martin", "ofac-sdn:11320")] // GELOWICZ, Fritz Martin
    [InlineData("MATA MATANoel", "ofac-sdn:8161")] // MATA MATA, Noel
    [InlineData("changha chang", "ofac-sdn:20575")] // CHANG, Chang-ha: lower case, given name joined
    [InlineData("ALIAhmed Mohammed Hamed", "ofac-sdn:6916")] // ALI, Ahmed Mohammed Hamed: joined tokens not adjacent once reordered
    [InlineData("Naser MALE KI", "ofac-sdn:10609")] // MALEKI, Naser: the half "MALE" is a poor typo of MALEKI too
    [InlineData("Hosein AG HAJANI", "ofac-sdn:13105")] // AGHAJANI, Hosein: one half is a legal form (AG)
    [InlineData("ABDALLAHRamadan", "ofac-sdn:4257")] // ABDALLAH, Ramadan: a kept-whole Abd name typed against the next word
    [InlineData("ATRSYAM", "ofac-sdn:25365")] // vessel ARSHAM with two typos
    [InlineData("Ramzi nAWoAFI", "ofac-sdn:17366")] // MAWAFI, Ramzi with two typos
    public void Ranks_the_listed_entry_first(string query, string expectedId)
    {
        var matches = Sdn2021Index.Index.Search(new NameQuery(query, IncludeBelowThreshold: true));

        Assert.NotEmpty(matches);
        Assert.Equal(expectedId, matches[0].Entity.Id);
    }

    [Theory]
    [InlineData("AHMEDQassim Abdullah Ali")]
    [InlineData("GELOWICZFritz Martin")]
    [InlineData("changha chang")]
    public void A_lost_space_alone_still_matches(string query)
    {
        var match = Sdn2021Index.Index.Search(new NameQuery(query))[0];

        Assert.True(match.Score >= NameMatchingOptions.Default.MatchThreshold, match.Explanation.ToString());
        Assert.Contains(match.Explanation.Alignment, a => a.Kind == TokenMatchKind.Joined);
    }
}
