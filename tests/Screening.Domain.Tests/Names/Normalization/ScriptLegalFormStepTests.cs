using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

public sealed class ScriptLegalFormStepTests
{
    [Theory]
    [InlineData("株式会社東芝", "KK")] // Japanese kabushiki kaisha
    [InlineData("公共株式会社ロスバンク", "PJSC")] // Public Joint Stock Company Rosbank (MOF): not GONG GONG KK
    [InlineData("公開株式会社カマズ", "OJSC")] // KAMAZ Publicly Traded Company (MOF)
    [InlineData("有限責任会社国際ヘリコプター・プログラム", "LLC")] // International Helicopters Programs Limited Liability Company (MOF)
    [InlineData("華為技術有限公司", "LTD")] // Chinese limited company
    [InlineData("אלביט מערכות בע״מ", "LTD")] // Hebrew be'eravon mugbal
    [InlineData("บริษัท ปตท. จำกัด (มหาชน)", "CO")] // Thai company ... limited (public)
    [InlineData("บริษัท เอ็กโซร่า จำกัด", "LTD")] // OFSI 16798 EXORA CO., LTD: จำกัด after NFKC (ำ split into ํ า) was the word CHMAKAD
    [InlineData("Հայաստան ՍՊԸ", "LLC")] // Armenian
    [InlineData("შპს საქართველო", "LLC")] // Georgian
    [InlineData("रिलायंस इंडस्ट्रीज लिमिटेड", "LTD")] // Devanagari
    [InlineData("Ελληνικά Πετρέλαια Α.Ε.", "SA")] // Greek société anonyme
    [InlineData("ООО Ромашка", "OOO")] // Cyrillic transliterates to its Latin abbreviation already
    public void Folds_legal_forms_of_other_scripts_to_weak_latin_tokens(string name, string legalForm)
    {
        var tokens = NameNormalizer.Normalize(name, isIndividual: false);

        Assert.Contains(tokens, t => t.Text == legalForm && t.Role == TokenRole.LegalForm);
    }

    [Theory]
    [InlineData("עמק בעמקים")] // Hebrew: the letters of בעמ begin the word "in the valleys"
    [InlineData("ასსა")] // Georgian: სს inside a word
    public void Letters_of_a_legal_form_inside_a_word_of_a_spaced_script_are_no_legal_form(string name)
    {
        var tokens = NameNormalizer.Normalize(name, isIndividual: false);

        Assert.DoesNotContain(tokens, t => t.Role == TokenRole.LegalForm);
    }

    [Theory]
    [InlineData("M/V HOSHINO MARU")]
    [InlineData("M.V. HOSHINO MARU")]
    [InlineData("MV HOSHINO MARU")]
    public void Vessel_prefixes_become_one_weak_token(string name)
    {
        var tokens = NameNormalizer.Normalize(name, isIndividual: false);

        Assert.Equal(["MV", "HOSHINO", "MARU"], tokens.Select(t => t.Text));
        Assert.Equal(TokenRole.VesselPrefix, tokens[0].Role);
    }

    [Theory]
    [InlineData("रिलायंस", "RILAYANS")] // the anusvara is a sound, not an accent: यं is YAN, its inherent vowel and the nasal (Reliance)
    [InlineData("ジ", "JI")] // the kana voicing mark makes ジ (ji) of シ (shi)
    public void Keeps_the_marks_of_scripts_that_write_sounds_with_them(string word, string expected) =>
        Assert.Equal(expected, string.Concat(NameNormalizer.Normalize(word, isIndividual: true).Select(t => t.Spelling)));
}
