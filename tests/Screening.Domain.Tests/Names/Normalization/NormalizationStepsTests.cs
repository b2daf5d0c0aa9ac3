using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Tests.Names.Normalization;

public sealed class UnicodeCompatibilityStepTests
{
    [Theory]
    [InlineData("ＫＩＭ, Jong Un", "KIM, Jong Un")] // full-width letters (SDN 20157)
    [InlineData("ROSNEFT TRADING S.A.", "ROSNEFT TRADING S.A.")] // already normal (SDN 18299)
    [InlineData("ﬁ", "fi")] // ligature
    public void Folds_compatibility_forms(string input, string expected) =>
        Assert.Equal(expected, UnicodeCompatibilityStep.Apply(input));
}

public sealed class DiacriticsRemovalStepTests
{
    [Theory]
    [InlineData("José María GONZÁLEZ", "Jose Maria GONZALEZ")]
    [InlineData("NORIEGA, Manuel Antonio", "NORIEGA, Manuel Antonio")] // SDN 1572, ASCII untouched
    [InlineData("Müller", "Muller")]
    [InlineData("김정은", "김정은")] // Hangul syllables survive for transliteration
    public void Removes_combining_marks(string input, string expected) =>
        Assert.Equal(expected, DiacriticsRemovalStep.Apply(input));
}

public sealed class ScriptTransliterationStepTests
{
    [Theory]
    [InlineData("Пригожин", "Prigozhin")] // PRIGOZHIN, Yevgeniy Viktorovich (SDN 21171)
    [InlineData("محمد", "mhmd")]
    [InlineData("Straße", "Strasse")]
    public void Transliterates_non_latin_scripts(string input, string expected) =>
        Assert.Equal(expected, ScriptTransliterationStep.Apply(input));

    [Theory]
    [InlineData("김정은", new[] { "Gim", "Jeong", "Eun" })] // KIM, Jong Un (SDN 20157)
    [InlineData("习近平", new[] { "Xi", "Jin", "Ping" })]
    public void Writes_each_syllable_of_syllabic_scripts_as_its_own_word(string input, string[] expected) =>
        Assert.Equal(expected, ScriptTransliterationStep.Apply(input).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

public sealed class CaseFoldingStepTests
{
    [Theory]
    [InlineData("Ayman al-Zawahiri", "AYMAN AL-ZAWAHIRI")]
    [InlineData("KIM, Jong Un", "KIM, JONG UN")]
    public void Folds_to_invariant_upper_case(string input, string expected) =>
        Assert.Equal(expected, CaseFoldingStep.Apply(input));
}

public sealed class IndividualNameReorderingStepTests
{
    [Theory]
    [InlineData("NORIEGA, MANUEL ANTONIO", true, "MANUEL ANTONIO NORIEGA")] // SDN 1572
    [InlineData("AL ZAWAHIRI, DR. AYMAN", true, "DR. AYMAN AL ZAWAHIRI")] // SDN 2676
    [InlineData("ANGLO-CARIBBEAN CO., LTD.", false, "ANGLO-CARIBBEAN CO., LTD.")] // SDN 173, not an individual
    [InlineData("ABBAS,", true, "ABBAS,")]
    [InlineData("A, B, C", true, "A, B, C")]
    public void Turns_last_comma_first_into_natural_order(string input, bool individual, string expected) =>
        Assert.Equal(expected, IndividualNameReorderingStep.Apply(input, individual));
}

public sealed class TokenizationStepTests
{
    [Theory]
    [InlineData("AL-QA'IDA IN THE ARABIAN PENINSULA", new[] { "AL", "QAIDA", "IN", "THE", "ARABIAN", "PENINSULA" })] // SDN 11695
    [InlineData("ROSNEFT TRADING S.A.", new[] { "ROSNEFT", "TRADING", "SA" })] // SDN 18299
    [InlineData("ANGLO-CARIBBEAN CO., LTD.", new[] { "ANGLO", "CARIBBEAN", "CO", "LTD" })] // SDN 173
    [InlineData("HYOK SIN 2", new[] { "HYOK", "SIN", "2" })] // SDN 17088, numbers kept
    [InlineData("  ", new string[0])]
    public void Splits_on_separators_and_joins_on_apostrophes_and_dots(string input, string[] expected) =>
        Assert.Equal(expected, TokenizationStep.Apply(input));
}

public sealed class ArabicCompoundSplittingStepTests
{
    [Theory]
    [InlineData("ABDELRAHMAN", new[] { "ABD", "RAHMAN" })]
    [InlineData("ABDURRAHMAN", new[] { "ABD", "RAHMAN" })]
    [InlineData("ABDULAZIZ", new[] { "ABD", "AZIZ" })]
    [InlineData("ABDULLAH", new[] { "ABDULLAH" })] // a name of its own
    [InlineData("ABDUL", new[] { "ABDUL" })] // AZIZ, Abdul: too short to split
    public void Splits_joined_abd_compounds(string input, string[] expected) =>
        Assert.Equal(expected, ArabicCompoundSplittingStep.Apply([input]));
}

public sealed class WeakTokenClassificationStepTests
{
    [Theory]
    [InlineData("LTD", TokenRole.LegalForm)] // ANGLO-CARIBBEAN CO., LTD.
    [InlineData("SA", TokenRole.LegalForm)] // ROSNEFT TRADING S.A.
    [InlineData("OAO", TokenRole.LegalForm)]
    [InlineData("DR", TokenRole.Honorific)] // AL ZAWAHIRI, Dr. Ayman
    [InlineData("SHAYKH", TokenRole.Honorific)] // AL RAHMAN, Shaykh Umar Abd (SDN 2675)
    [InlineData("AL", TokenRole.Particle)]
    [InlineData("BIN", TokenRole.Particle)] // BIN LADIN, Usama bin Muhammad bin Awad (SDN 6365)
    [InlineData("ZAWAHIRI", TokenRole.Regular)]
    public void Marks_legal_forms_honorifics_and_particles_as_weak(string token, TokenRole expected) =>
        Assert.Equal(expected, WeakTokenClassificationStep.Classify(token));
}
