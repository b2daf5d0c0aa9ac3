using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// A katakana name among many listed names that share its common words: its own listing must reach the candidate pool
/// (twelve names) through the word only it has, written as Japanese writes it. Names from the SDN list.
/// </summary>
public sealed class KanaCandidateTests
{
    private static readonly string[] KoreanSyllables =
    [
        "Chol", "Il", "Su", "Ho", "Jin", "Hyok", "Sok", "Gil", "Chun", "Sik", "Son", "Won", "Hun", "Guk", "Sop",
        "Mu", "Ha", "Yong", "Kwang", "Kyong", "Pyong", "Hwan", "Tae", "Myong", "Chang", "Bok", "Dok", "Gon", "Rim", "Sun",
    ];

    private static readonly string[] ArabicSurnames =
    [
        "HADDAD", "KHALIL", "MANSOUR", "NASSER", "SALEH", "HAMDAN", "SAAB", "AOUN", "HARB", "ZEIN", "ISSA", "YOUNES",
        "AZAR", "NADER", "RIZK", "FARES", "GHANEM", "HAJJ", "KARAM", "MOUSSA", "SAID", "TAHA", "WEHBE", "ZAHER",
        "BAZZI", "DIAB", "FAKHRY", "HELOU", "JABER", "KASSEM",
    ];

    [Fact]
    public void A_final_n_in_kana_finds_the_listed_ng()
    {
        // キム・ナムウン for KIM, Nam Ung (SDN 21746): ン is N or NG, and UNG is the word only this KIM, Nam has.
        var index = NameIndex.Build(
        [
            TestEntities.Entity("21746", EntityType.Individual, "KIM, Nam Ung"),
            TestEntities.Entity("20157", EntityType.Individual, "KIM, Jong Un"),
            .. KoreanSyllables.Select((s, i) => TestEntities.Entity($"kim{i}", EntityType.Individual, $"KIM, Nam {s}")),
        ]);

        var results = index.Search(new NameQuery("キム・ナムウン", Limit: 10, IncludeBelowThreshold: true));

        Assert.Equal("ofac-sdn:21746", results[0].Entity.Id);
    }

    [Fact]
    public void A_word_after_the_arabic_article_in_kana_finds_its_listed_spelling()
    {
        // ファジ・アルラヒャ for AL-RAHYAH, Fadi (SDN 22071): RAHYA, the word without アル, is too short a key to look
        // up, so its spelling finds RAHYAH among names that share only Fadi.
        var index = NameIndex.Build(
        [
            TestEntities.Entity("22071", EntityType.Individual, "AL-RAHYAH, Fadi"),
            .. ArabicSurnames.Select((s, i) => TestEntities.Entity($"fadi{i}", EntityType.Individual, $"{s}, Fadi")),
        ]);

        var results = index.Search(new NameQuery("ファジ・アルラヒャ", Limit: 10, IncludeBelowThreshold: true));

        Assert.Equal("ofac-sdn:22071", results[0].Entity.Id);
    }
}
