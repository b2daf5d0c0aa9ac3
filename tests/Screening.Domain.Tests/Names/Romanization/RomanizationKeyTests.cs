using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Tests.Names.Romanization;

public sealed class RomanizationKeyTests
{
    [Theory]
    // Korean: McCune-Reischauer (DPRK usage on the lists) vs Revised Romanization and popular spellings.
    [InlineData("KIM", "GIM")] // KIM, Jong Un (SDN 20157)
    [InlineData("PAK", "PARK")]
    [InlineData("RI", "LEE")] // RI, Pyong Chol (SDN 23215)
    [InlineData("RI", "YI")]
    [InlineData("JONG", "JEONG")]
    [InlineData("UN", "EUN")]
    [InlineData("HYOK", "HYEOK")] // KIM, Kwang Hyok (SDN 18848)
    [InlineData("CHOE", "CHOI")] // CHOE, Ryong Hae (SDN 23213)
    [InlineData("KANG", "GANG")]
    // Arabic: ALA-LC vs popular and French-influenced spellings.
    [InlineData("MUHAMMAD", "MOHAMMED")] // BIN LADIN, Usama bin Muhammad bin Awad (SDN 6365)
    [InlineData("MUHAMMAD", "MOHAMED")]
    [InlineData("JAVAD", "JUAD")] // NASRALLAH, Jawad a.k.a. NASRALLAH, Juad (SDN 26037)
    [InlineData("JAVAD", "JAWAD")]
    [InlineData("MUHAMMAD", "MUKHAMMAD")] // Russian transliteration, via the Cyrillic rules
    [InlineData("USAMA", "OSAMA")]
    [InlineData("HUSAYN", "HUSSEIN")]
    [InlineData("YUSUF", "YOUSEF")]
    [InlineData("ABD", "ABDEL")]
    [InlineData("AL", "EL")]
    // Cyrillic transliteration systems.
    [InlineData("YEVGENIY", "EVGENII")] // PRIGOZHIN, Yevgeniy Viktorovich (SDN 21171)
    [InlineData("YURIY", "IURII")]
    [InlineData("KHODORKOVSKIY", "HODORKOVSKY")]
    [InlineData("ZHUKOV", "JUKOV")]
    [InlineData("TSAREV", "TZAREV")]
    // Legal forms.
    [InlineData("LTD", "LIMITED")] // ANGLO-CARIBBEAN CO., LTD. (SDN 173)
    [InlineData("CO", "COMPANY")]
    public void Gives_romanization_variants_one_key(string left, string right) =>
        Assert.Equal(RomanizationKey.For(left), RomanizationKey.For(right));

    [Theory]
    [InlineData("KIM", "KANG")]
    [InlineData("MUHAMMAD", "AHMAD")]
    [InlineData("HASAN", "HUSAYN")]
    [InlineData("ALI", "ALY_")]
    public void Keeps_different_names_apart(string left, string right) =>
        Assert.NotEqual(RomanizationKey.For(left), RomanizationKey.For(right));

    [Fact]
    public void Tables_map_every_variant_to_exactly_one_canonical_form() =>
        Assert.True(RomanizationKey.BuildVariants().Count > 200);
}

public sealed class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("MUHAMMAD", "MT")]
    [InlineData("MHMD", "MT")] // محمد through AnyAscii
    [InlineData("PRIGOJIN", "PRKJN")]
    [InlineData("USAMA", "ASM")]
    [InlineData("HYOK", "HK")]
    public void Keeps_the_first_sound_and_consonant_classes(string key, string expected) =>
        Assert.Equal(expected, ConsonantSkeleton.For(key));
}
