using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("AL ZAWAHIRI, Dr. Ayman", true, "DR AYMAN AL ZAWAHIRI")] // SDN 2676
    [InlineData("AL-QA'IDA IN YEMEN", false, "AL QAIDA IN YEMEN")] // alias of SDN 11695
    [InlineData("KIM, Jong Un", true, "JONG UN KIM")] // SDN 20157
    [InlineData("김정은", true, "김 정 은")] // Hangul syllables keep their text; they compare by McCune–Reischauer (below)
    [InlineData("Евгений Пригожин", true, "EVGENII PRIGOZHIN")] // PRIGOZHIN, Yevgeniy Viktorovich (SDN 21171)
    [InlineData("طاهر جليل حبوش التكريتي", true, "طاهر جليل HBWSH ال تكريتي")] // UN IQi.016: dictionary words keep their Arabic text
    public void Produces_folded_ascii_tokens(string name, bool individual, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameNormalizer.Normalize(name, individual).Select(t => t.Text)));

    [Theory]
    [InlineData("김정은", "KIM JONG UN")] // SDN 20157 as listed
    [InlineData("곽청철", "KWAK CHONG CHOL")] // SDN 22998 KWAK, Chong-chol
    [InlineData("리병철", "RI PYONG CHOL")] // SDN 23215
    public void Spells_hangul_in_mccune_reischauer(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameNormalizer.Normalize(name, true).Select(t => t.Spelling)));

    [Theory]
    [InlineData("KIM, Jong Un", "김정은")] // SDN 20157 and its Hangul spelling
    [InlineData("PRIGOZHIN, Yevgeniy", "Пригожин, Евгений")] // SDN 21171
    [InlineData("RI, Pyong Chol", "리병철")] // SDN 23215
    [InlineData("PAK, Pong Ju", "박봉주")]
    [InlineData("BIN LADIN, Usama", "أسامة بن لادن")] // SDN 6365
    [InlineData("SADDAM HUSSEIN AL-TIKRITI", "صدام حسين التكريتي")] // UN IQi.001, both as the UN lists them
    [InlineData("IZZAT IBRAHIM AL-DURI", "عزت ابراهيم الدوري")] // UN IQi.006
    [InlineData("QASIM MOHAMED MAHDI AL-RIMI", "قاسم محمد مهدي الريمي")] // UN QDi.282
    public void Gives_original_script_and_listed_romanization_the_same_keys(string listed, string original)
    {
        var listedKeys = NameNormalizer.Normalize(listed, true).Select(t => t.Key).Order();
        var originalKeys = NameNormalizer.Normalize(original, true).Select(t => t.Key).Order();

        Assert.Equal(listedKeys, originalKeys);
    }

    [Fact]
    public void Keeps_legal_forms_as_weak_tokens_instead_of_deleting_them()
    {
        var tokens = NameNormalizer.Normalize("ANGLO-CARIBBEAN CO., LTD.", isIndividual: false); // SDN 173

        Assert.Equal(["ANGLO", "CARIBBEAN", "CO", "LTD"], tokens.Select(t => t.Text));
        Assert.Equal([false, false, true, true], tokens.Select(t => t.IsWeak));
    }
}
