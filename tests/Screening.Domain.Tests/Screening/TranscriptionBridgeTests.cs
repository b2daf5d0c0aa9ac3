using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Domain.Tests.Sources;

namespace Screening.Domain.Tests.Screening;

public sealed class TranscriptionBridgeTests
{
    private static readonly Lazy<ScreeningIndex> MofUnAndSdn = new(() => ScreeningIndex.Build(
    [
        .. ListReader.Read(RealLists.File("jp-mof", "jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx")).Entities,
        .. ListReader.Read(RealLists.File("un", "un", "2026-02-27", "consolidated.xml")).Entities,
        .. ListReader.Read(RealLists.File("ofac-sdn", "ofac", "sdn_csv_2024-05-03", "sdn.csv")).Entities,
    ]));

    private static NameScreening Screen(string name) => MofUnAndSdn.Value.ScreenName(new NameQuery(name));

    [Theory]
    [InlineData("ユン・ホジン")]
    [InlineData("Yun Ho-jin")]
    [InlineData("윤호진")]
    public void Every_spelling_of_Yun_Ho_jin_matches_the_MOF_UN_and_OFAC_entries(string query)
    {
        var screening = Screen(query);

        Assert.Equal(ScreeningResult.Match, screening.Result);
        foreach (var id in new[] { "jp-mof:15-1", "un:KPi.001", "ofac-sdn:12218" })
        {
            Assert.Contains(screening.Matches, match => match.Entity.Id == id && match.Score >= screening.MatchThreshold);
        }
    }

    [Fact]
    public void The_katakana_query_finds_the_MOF_entry_through_its_own_katakana_name()
    {
        var mof = Assert.Single(Screen("ユン・ホジン").Matches, match => match.Entity.Id == "jp-mof:15-1");

        Assert.Equal(new EntityName("ユン・ホジン", NameStrength.Strong, Script: "Kana"), mof.MatchedName);
    }

    [Fact]
    public void A_match_reached_through_the_MOF_English_name_says_so()
    {
        var un = Assert.Single(Screen("ユン・ホジン").Matches, match => match.Entity.Id == "un:KPi.001");

        Assert.Contains(un.Explanation.Adjustments, adjustment => adjustment.Reason.Contains("jp-mof:15-1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_katakana_Western_name_reaches_the_OFAC_entry_through_the_MOF_pair_of_names()
    {
        var screening = Screen("ウラジーミル・プーチン");

        Assert.Contains(screening.Matches, match => match.Entity.Id == "ofac-sdn:35096" && match.Score >= screening.MatchThreshold);
    }

    private static readonly Lazy<ScreeningIndex> UnAndSdn = new(() => ScreeningIndex.Build(
    [
        .. ListReader.Read(RealLists.File("un", "un", "2026-02-27", "consolidated.xml")).Entities,
        .. ListReader.Read(RealLists.File("ofac-sdn", "ofac", "sdn_csv_2024-05-03", "sdn.csv")).Entities,
    ]));

    [Theory]
    [InlineData("ウラジーミル・プーチン", "ofac-sdn:35096", ScreeningResult.PotentialMatch)] // URAJIMIR PUCHIN: the katakana phonetic key (RDMR PTN) carries it to VLADIMIR PUTIN, scored below match as every key match is
    [InlineData("キム・ジョンウン", "ofac-sdn:20157", ScreeningResult.Match)] // read as Korean syllables, KIM JONG UN
    public void Without_the_MOF_list_the_issues_katakana_names_reach_the_latin_listing_first(string katakana, string id, ScreeningResult result)
    {
        // Issue #13: no MOF katakana/English pair to bridge through, only the SDN and UN lists.
        var screening = UnAndSdn.Value.ScreenName(new NameQuery(katakana));

        Assert.Equal(id, screening.Matches[0].Entity.Id);
        Assert.Equal(result, screening.Result);
    }

    [Fact]
    public void What_the_English_name_reaches_is_searched_when_the_index_is_built_and_never_at_query_time()
    {
        // Every name search the bridge makes goes through the counted function: one per bridging entry at build, none
        // when katakana queries are screened. A bridge that searched the English name per katakana match would count up.
        var mof = Entity("jp-mof:15-1", "YUN Ho-Jin", new EntityName("ユン・ホジン", NameStrength.Strong, Script: "Kana"));
        var un = Entity("un:KPi.001", "YUN HO JIN");
        var other = Entity("jp-mof:2", "KIM Chol", new EntityName("キム・チョル", NameStrength.Strong, Script: "Kana"));
        var names = NameIndex.Build([mof, un, other]);
        var searches = 0;
        var bridge = TranscriptionBridge.Build(query => { searches++; return names.Search(query); }, names.Options, [mof, un, other]);
        Assert.Equal(2, searches);
        Assert.Equal(2, bridge.BridgeCount);

        for (var i = 0; i < 3; i++)
        {
            var query = new NameQuery("ユン・ホジン");
            var extended = bridge.Extend(query, names.Search(query), names.Options.MatchThreshold);
            Assert.Contains(extended, match => match.Entity.Id == "un:KPi.001");
        }

        Assert.Equal(2, searches);
    }

    [Fact]
    public void What_the_English_name_reaches_on_the_real_lists_is_kept_per_MOF_entry()
    {
        var reached = MofUnAndSdn.Value.Bridge.ReachedFrom("jp-mof:15-1");

        Assert.Contains(reached, match => match.Entity.Id == "un:KPi.001");
        Assert.Contains(reached, match => match.Entity.Id == "ofac-sdn:12218");
        Assert.True(MofUnAndSdn.Value.Bridge.BridgeCount > 1_000, $"{MofUnAndSdn.Value.Bridge.BridgeCount} bridging entries");
    }

    [Fact]
    public void The_query_date_of_birth_still_counts_against_the_listing_reached()
    {
        // YUN Ho-jin is listed born 1944 (UN KPi.001); a query year far from it lowers the bridged listing as a search would.
        var born1944 = MofUnAndSdn.Value.ScreenName(new NameQuery("ユン・ホジン", DateOfBirth: new PartialDate(1944)));
        var born1990 = MofUnAndSdn.Value.ScreenName(new NameQuery("ユン・ホジン", DateOfBirth: new PartialDate(1990), IncludeBelowThreshold: true));

        var un1944 = Assert.Single(born1944.Matches, match => match.Entity.Id == "un:KPi.001");
        Assert.DoesNotContain(born1990.Matches, match => match.Entity.Id == "un:KPi.001" && match.Score >= un1944.Score);
    }

    [Fact]
    public void An_entry_whose_English_name_is_no_query_bridges_to_nothing_and_does_not_stop_the_index()
    {
        var placeholder = new EntityName("－", NameStrength.Strong, IsPrimary: true);
        var katakana = new EntityName("ヤマダ・タロウ", NameStrength.Strong, Script: "Kana");
        var listed = new EntityName("YAMADA, Taro", NameStrength.Strong, IsPrimary: true);

        var index = ScreeningIndex.Build(
        [
            new SanctionedEntity { Id = "jp-mof:1", Source = "jp-mof", Type = EntityType.Individual, PrimaryName = placeholder, Names = [placeholder, katakana] },
            new SanctionedEntity { Id = "custom:2", Source = "custom", Type = EntityType.Individual, PrimaryName = listed, Names = [listed] },
        ]);

        Assert.Contains(index.ScreenName(new NameQuery("Yamada Taro")).Matches, match => match.Entity.Id == "custom:2");
    }

    private static SanctionedEntity Entity(string id, string english, params EntityName[] others)
    {
        var primary = new EntityName(english, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = id, Source = id.Split(':')[0], Type = EntityType.Individual, PrimaryName = primary, Names = [primary, .. others] };
    }
}
