using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// A name most query tokens found reaches scoring even when the pool fills with names holding one rare token each.
/// Seen on Hebrew queries of SDN names: `מוהמד אממר סטי בין מוהמד נוזד` (SAATI BIN MOHAMAD NAWZAD, Mohamad Ammar)
/// matched five query tokens of its entry, all common, and the candidate pool of 12 went to names sharing one rare
/// token with NOZD; the entry was never scored.
/// </summary>
public sealed class CandidateCoverageTests
{
    [Fact]
    public void A_name_matching_most_query_tokens_is_scored_though_rarer_single_token_names_fill_the_pool()
    {
        List<SanctionedEntity> entities = [TestEntities.Organization("target", "MARLOW KESTREL DUNMORE VOSKA TIBERIN")];
        for (var i = 0; i < 6; i++)
        {
            var filler = "PLACE" + (char)('A' + i);
            entities.Add(TestEntities.Organization($"m{i}", $"MARLOW {filler}M"));
            entities.Add(TestEntities.Organization($"k{i}", $"KESTREL {filler}K"));
            entities.Add(TestEntities.Organization($"d{i}", $"DUNMORE {filler}D"));
        }

        // One letter from the query's unknown ZORVANIX each: rare, close, and alone in their names.
        foreach (var decoy in new[] { "ZORVANIK", "ZORVANIT", "ZORVANIP", "ZORVANIM", "ZORVANIL" })
        {
            entities.Add(TestEntities.Organization(decoy, decoy));
        }

        var index = NameIndex.Build(entities, NameMatchingOptions.Default with { CandidatePoolSize = 3 });

        var matches = index.Search(new NameQuery("MARLOW KESTREL DUNMORE ZORVANIX", IncludeBelowThreshold: true, Limit: 100));

        Assert.Contains(matches, m => m.Entity.Id == "test:target");
    }
}
