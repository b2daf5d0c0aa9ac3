using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Domain.Tests.Sources;

namespace Screening.Domain.Tests.Monitoring;

/// <summary>
/// Screening within a <see cref="RescreenScope"/> (a delta re-screen) returns exactly the hits of the full screening
/// whose entity is in the scope, with the same scores: the scope restricts, never rescores.
/// </summary>
public sealed class SubjectScreenerScopeTests
{
    private static readonly Lazy<ScreeningIndex> MofUnAndSdn = new(() => ScreeningIndex.Build(
    [
        .. ListReader.Read(RealLists.File("jp-mof", "jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx")).Entities,
        .. ListReader.Read(RealLists.File("un", "un", "2026-02-27", "consolidated.xml")).Entities,
        .. ListReader.Read(RealLists.File("ofac-sdn", "ofac", "sdn_csv_2024-05-03", "sdn.csv")).Entities,
    ]));

    [Fact]
    public void Within_a_scope_a_subject_gets_exactly_the_full_screenings_hits_on_scoped_entities()
    {
        var index = MofUnAndSdn.Value;
        var entities = index.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var scope = new RescreenScope(index, entities.Where((_, i) => i % 3 == 0).Select(e => e.Id));
        var subjects = entities.Where((_, i) => i % 40 == 0)
            .SelectMany(e => new[] { e.PrimaryName.Value, Typo(e.PrimaryName.Value) }.Select(name => (Entity: e, Name: name)))
            .Select((s, i) => new Subject { Id = $"s-{i}", Kind = KindOf(s.Entity), Name = s.Name, Country = i % 2 == 0 ? "IR" : null })
            .Concat(new[] { "Mohammed Ali", "Ahmed Hassan", "Ali Reza Hosseini", "Kim Jong", "Petrov Ivan", "Golden Star Shipping" }.Select((n, i) => new Subject { Id = $"c-{i}", Kind = SubjectKind.Person, Name = n }))
            .ToList();

        var hitsInScope = 0;
        foreach (var subject in subjects)
        {
            var full = SubjectScreener.Screen(index, subject).Where(h => scope.Contains(h.Entity.Id)).Select(Facts).ToList();
            var scoped = SubjectScreener.Screen(index, subject, scope).Select(Facts).ToList();
            Assert.Equal(full, scoped);
            hitsInScope += full.Count;
        }

        Assert.True(hitsInScope > 100, $"only {hitsInScope} hits in scope: the comparison would prove little");
    }

    [Theory]
    [InlineData("ユン・ホジン")]
    [InlineData("ﾕﾝ･ﾎｼﾞﾝ")] // halfwidth katakana: the name pipeline reads it as kana (NFKC), so must the scope check
    [InlineData("ゆん・ほじん")] // hiragana
    public void A_katakana_name_gets_the_bridged_hit_on_a_scoped_entity_that_the_full_screening_gives(string name)
    {
        // ユン・ホジン matches the MOF entry by its katakana name and, through that entry's English name, the UN entry
        // (the bridged score). Only the UN entry is in scope; the hit must be the full screening's, bridge included.
        var index = MofUnAndSdn.Value;
        var scope = new RescreenScope(index, ["un:KPi.001"]);
        var subject = new Subject { Id = "kana", Kind = SubjectKind.Person, Name = name };

        var full = SubjectScreener.Screen(index, subject).Where(h => scope.Contains(h.Entity.Id)).Select(Facts).ToList();
        Assert.Contains(full, f => f.Id == "un:KPi.001");
        Assert.Equal(full, SubjectScreener.Screen(index, subject, scope).Select(Facts).ToList());
    }

    [Fact]
    public void A_latin_name_gets_the_hit_bridged_through_a_katakana_listing_on_a_scoped_entity()
    {
        // The Hepburn spelling (ウラジーミル・プーチン as a Japanese record romanizes it) matches the MOF entry by its katakana
        // name, and through that entry's English name Vladimir Putin the SDN entry, which the Latin name alone does not
        // reach. The SDN entry changed (it alone is in scope): the delta re-screen must give the hit the full screening gives.
        const string Name = "Urajimiru Puchin";
        const string ScopedId = "ofac-sdn:35096";
        var index = MofUnAndSdn.Value;
        var scope = new RescreenScope(index, [ScopedId]);
        var subject = new Subject { Id = "hepburn", Kind = SubjectKind.Person, Name = Name };

        var full = SubjectScreener.Screen(index, subject).Where(h => scope.Contains(h.Entity.Id)).Select(Facts).ToList();
        Assert.Contains(full, f => f.Id == ScopedId);
        Assert.Equal(full, SubjectScreener.Screen(index, subject, scope).Select(Facts).ToList());
        Assert.Empty(index.Names.Search(new NameQuery(Name, Limit: 10), index.Names.Scope([ScopedId]))); // only the bridge reaches it
    }

    [Fact]
    public void A_name_whose_hits_are_all_outside_the_scope_gets_none_within_it()
    {
        // Replaces a row ("URAJIMIR PUCHIN" scoped to un:KPi.001) whose full screening had no hit in scope: the scoped
        // result, a subset of it, was empty too, so that row could not fail. Here the full screening has hits (the MOF
        // entry and, bridged, SDN 35096), none on the scoped UN entry (YUN Ho Jin): a scope that let them through fails.
        var index = MofUnAndSdn.Value;
        var subject = new Subject { Id = "hepburn", Kind = SubjectKind.Person, Name = "Urajimiru Puchin" };

        var full = SubjectScreener.Screen(index, subject);
        Assert.Contains(full, h => h.Entity.Id == "ofac-sdn:35096");
        Assert.DoesNotContain(full, h => h.Entity.Id == "un:KPi.001");
        Assert.Empty(SubjectScreener.Screen(index, subject, new RescreenScope(index, ["un:KPi.001"])));
    }

    [Fact]
    public void An_empty_scope_screens_nothing()
    {
        var index = MofUnAndSdn.Value;
        Assert.Empty(SubjectScreener.Screen(index, new Subject { Id = "x", Kind = SubjectKind.Person, Name = "Yun Ho-jin" }, new RescreenScope(index, [])));
    }

    private static (string Id, double Score, SubjectMatchBasis Basis, string Listed) Facts(SubjectHit hit) => (hit.Entity.Id, hit.Score, hit.MatchedOn, hit.ListedValue);

    private static SubjectKind KindOf(SanctionedEntity entity) => entity.Type switch
    {
        EntityType.Individual => SubjectKind.Person,
        EntityType.Vessel => SubjectKind.Vessel,
        _ => SubjectKind.Company,
    };

    private static string Typo(string name)
    {
        var chars = name.ToCharArray();
        var middle = chars.Length / 2;
        if (chars.Length > 6 && char.IsLetter(chars[middle]) && char.IsLetter(chars[middle + 1]))
        {
            (chars[middle], chars[middle + 1]) = (chars[middle + 1], chars[middle]);
        }

        return new string(chars);
    }
}
