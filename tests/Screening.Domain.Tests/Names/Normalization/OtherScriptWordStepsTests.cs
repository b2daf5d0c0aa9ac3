using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

/// <summary>
/// The Chinese business-word step and the Hebrew word step, on the original-script names of the OFSI list (2025-04-10)
/// against the Latin names the same entries are listed under.
/// </summary>
public sealed class OtherScriptWordStepsTests
{
    [Theory]
    [InlineData("華信船務(香港)有限公司", "HUA XIN SHIPPING HONG KONG LTD")] // OFSI 13630 HUAXIN SHIPPING HONGKONG LTD (was HUA XIN CHUAN WU XIANG GANG LTD)
    [InlineData("巨航航空科技（深圳）有限公司", "JU HANG AVIATION TECHNOLOGY SHEN ZHEN LTD")] // OFSI 16456 JUHANG AVIATION TECHNOLOGY (SHENZHEN) CO., LIMITED
    [InlineData("武汉晓睿智科技有限责任公司", "WU HAN XIAO RUI ZHI TECHNOLOGY LLC")] // OFSI 16460 WUHAN XIAORUIZHI SCIENCE AND TECHNOLOGY COMPANY LIMITED
    [InlineData("宁波贝宁机床有限公司", "NING BO BEI NING MACHINE TOOL LTD")] // OFSI 16764 NINGBO BENIN MACHINE TOOL CO., LTD
    [InlineData("纽威数控装备", "NIU WEI CNC EQUIPMENT")] // OFSI 16786 NEWAY CNC EQUIPMENT (SUZHOU) CO LTD
    [InlineData("习近平", "XI JIN PING")] // a person's name is left to pinyin
    [InlineData("刘中国", "LIU ZHONG GUO")] // 中国 is also a given name: left to pinyin, never CHINA
    public void Generic_words_of_Chinese_company_names_become_the_English_words_the_lists_print(string name, string expected)
    {
        var tokens = NameNormalizer.Normalize(name, isIndividual: false);

        Assert.Equal(expected, string.Join(' ', tokens.Select(t => t.Text)));
    }

    [Theory]
    [InlineData("אילי", "ELI")] // OFSI 16366 Eli FEDERMAN: initial carrier and vowel letter are the first sound (was YLY, skeleton YL)
    [InlineData("עילאי", "ILAY")] // OFSI 16366 Ilay FEDERMAN
    [InlineData("פדרמן", "FEDERMAN")]
    [InlineData("עדן", "EDEN")] // OFSI 16485 Eden LEVI
    [InlineData("לוי", "LEVI")] // ו before a final י is V
    [InlineData("ג׳ונג", "JONG")] // KIM, Jong Un: ג with a geresh is J (was G, and the geresh split nothing but the sound)
    [InlineData("צ׳ול", "CHOL")] // צ׳ is CH
    public void A_Hebrew_word_has_the_skeleton_of_its_Latin_listing(string hebrew, string latin)
    {
        var token = Assert.Single(NameNormalizer.Normalize(hebrew, isIndividual: true));

        Assert.True(token.WrittenWithoutVowels);
        Assert.Equal(Assert.Single(NameNormalizer.Normalize(latin, isIndividual: true)).Skeleton, token.Skeleton);
    }

    [Theory]
    [InlineData("ΓΚΟΝΖΑΛΕΖ", "GONZALEZ")] // ELOT 743: ΓΚ, ΝΤ, ΜΠ at the start of a word are G, D, B (AnyAscii: GKONZALEZ)
    [InlineData("ΝΤΑΝΙΕΛ", "DANIEL")]
    [InlineData("ΜΠΟΥΣ", "BOUS")]
    [InlineData("ΑΝΤΩΝΗΣ", "ANTONIS")] // inside a word ΝΤ stays NT, as the standard writes Greek names
    public void Greek_initial_digraphs_are_the_stops_they_write(string greek, string latin) =>
        Assert.Equal(latin, Assert.Single(NameNormalizer.Normalize(greek, isIndividual: true)).Text);

    [Theory]
    [InlineData("עדן לוי", "uk-ofsi:16485")] // Eden LEVI: was not found
    [InlineData("אילי פדרמן", "uk-ofsi:16366")] // Eli FEDERMAN: was rank 2 at 0.458
    [InlineData("עילאי פדרמן", "uk-ofsi:16366")] // Ilay FEDERMAN
    public void Hebrew_names_find_their_Latin_listing_first(string query, string expectedId)
    {
        var index = NameIndex.Build(
        [
            Person("uk-ofsi:16485", "Eden LEVI"),
            Person("uk-ofsi:16366", "Eli FEDERMAN", "Ely FEDERMAN", "Ilay FEDERMAN"),
            Person("test:1", "Elad LEVIN"),
            Person("test:2", "Ilan FELDMAN"),
            Person("test:3", "Dan LEVY"),
        ]);

        var matches = index.Search(new NameQuery(query, IncludeBelowThreshold: true));

        Assert.Equal(expectedId, matches[0].Entity.Id);
    }

    private static SanctionedEntity Person(string id, string primary, params string[] aliases)
    {
        var name = new EntityName(primary, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity
        {
            Id = id,
            Source = id.Split(':')[0],
            Type = EntityType.Individual,
            PrimaryName = name,
            Names = [name, .. aliases.Select(a => new EntityName(a, NameStrength.Strong))],
        };
    }
}
