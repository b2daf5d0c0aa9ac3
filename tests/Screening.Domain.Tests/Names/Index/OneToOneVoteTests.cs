using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// The candidate pool's estimate aligns query and listed tokens one to one, as the scorer does: a listed token takes the
/// vote of one query token only (or as many as the name holds it). Two query tokens voting for the one rare token of a
/// name ("איסמל איסמל" for the ISHMAIL of "MUHAMMAD, Ishmail") filled the pool with names that score half as well as
/// the one that holds the token twice ("ISMAEL, Ismael", SDN 16230), which then was never scored.
/// </summary>
public sealed class OneToOneVoteTests
{
    /// <summary>
    /// The 2021 SDN list, with eighteen names recombined from its tokens as the evaluation's distractors are, each holding
    /// one of nine spellings of ISMAEL that are rarer than it: more names than the pool has places.
    /// </summary>
    private static readonly Lazy<NameIndex> Index = new(() =>
    {
        var entities = Evaluation.Sdn2021.Entities.ToList();
        foreach (var spelling in (string[])["ISHMAIL", "ESMAEL", "ISMAYIL", "ISMAL", "ISHMAEL", "ISMEIL", "ISMAILE", "ESMAL", "ISMAHIL"])
        {
            entities.Add(Person($"test:{spelling}1", $"MUHAMMAD, {spelling}"));
            entities.Add(Person($"test:{spelling}2", $"HUSSEIN, {spelling}"));
        }

        return NameIndex.Build(entities);
    });

    [Fact]
    public void A_name_holding_a_token_twice_is_not_crowded_out_by_names_holding_a_rarer_spelling_once()
    {
        // SDN ISMAEL, Ismael in Hebrew letters: each token reads ISML, 0.92 against every spelling above. Was not in the
        // pool (here, and in the 40,000-entity evaluation index).
        var matches = Index.Value.Search(new NameQuery("איסמל איסמל", IncludeBelowThreshold: true));

        Assert.Equal("ofac-sdn:16230", matches[0].Entity.Id);
    }

    private static SanctionedEntity Person(string id, string primary)
    {
        var name = new EntityName(primary, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = id, Source = id.Split(':')[0], Type = EntityType.Individual, PrimaryName = name, Names = [name] };
    }
}
