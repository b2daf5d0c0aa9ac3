using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// The postings budget (<see cref="NameMatchingOptions.CommonTokenPostings"/>) is spent once per listed token. The
/// query pair "TRAN QUILO" names the listed token TRANQUILO twice (by joined spelling and by joined key); counted
/// twice, it used up the budget of TRANG, a closer fuzzy neighbour of TRAN, which then could no longer propose its name.
/// </summary>
public sealed class PostingsBudgetTests
{
    [Fact]
    public void A_listed_token_reached_twice_is_counted_once_against_the_budget()
    {
        // Budget 8: ZORBEC proposes first (rarest); then TRAN's finds, closest first: TRAN (2 names), TRANQUILO joined
        // (3 names), TRANG fuzzy (1 name): 6 of 8. Counting TRANQUILO twice spent 9 and left TRANG add-only.
        var index = NameIndex.Build(
        [
            TestEntities.Organization("1", "ZORBEC PALMA"),
            TestEntities.Organization("2", "TRANQUILO ALFA"),
            TestEntities.Organization("3", "TRANQUILO BETA"),
            TestEntities.Organization("4", "TRANQUILO GAMMA"),
            TestEntities.Organization("5", "TRANG BOLIVAR"),
            TestEntities.Organization("6", "TRAN DELTA"),
            TestEntities.Organization("7", "TRAN EPSILON"),
        ], NameMatchingOptions.Default with { CommonTokenPostings = 8 });

        var matches = index.Search(new NameQuery("ZORBEC TRAN QUILO", IncludeBelowThreshold: true, Limit: 100));

        Assert.Contains(matches, m => m.Entity.Id == "test:5");
    }
}
