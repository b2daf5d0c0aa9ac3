using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// A katakana name among many listed names that share its common words: its own listing must reach the candidate pool
/// (twelve names) through the word only it has, written as Japanese writes it. The katakana are the MOF list's own
/// (tests/data/jp, 2026-03-02), for the same people as the Latin listings; the other names are distractors.
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
        // キム・ナムウン is how MOF writes KIM NAM UNG (sheets 16 and 18; SDN 21746 KIM, Nam Ung): ン is N or NG, and UNG is
        // the word only this KIM, Nam has.
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
        // オサマ・アルクーニ・イブラヒム is how MOF writes Osama Al Kuni Ibrahim (sheet24): KUNI, the word without アル, is
        // too short a key (KN) to look up, and ARUKUNI is three edits from KUNI, so only its spelling without the article
        // finds KUNI among names that share Osama, Al and Ibrahim.
        var index = NameIndex.Build(
        [
            .. ArabicSurnames.Select((s, i) => TestEntities.Entity($"osama{i}", EntityType.Individual, $"Osama Al {s} Ibrahim")),
            TestEntities.Entity("mof-al-kuni", EntityType.Individual, "Osama Al Kuni Ibrahim"), // last: no tie among equal candidates goes its way
        ]);

        var results = index.Search(new NameQuery("オサマ・アルクーニ・イブラヒム", Limit: 10, IncludeBelowThreshold: true));

        Assert.Equal("ofac-sdn:mof-al-kuni", results[0].Entity.Id);
    }
}
