using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Romanization;

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
    [InlineData("Straße", "Strasse")]
    [InlineData("محمد", "محمد")] // Arabic letters are left for the Arabic name dictionary
    [InlineData("بن لادن، أسامة", "بن لادن, أسامة")] // Arabic punctuation is still transliterated
    public void Transliterates_non_latin_scripts(string input, string expected) =>
        Assert.Equal(expected, ScriptTransliterationStep.Apply(input));

    [Theory]
    [InlineData("김정은", new[] { "김", "정", "은" })] // KIM, Jong Un (SDN 20157): kept for the Hangul step
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
    [InlineData("صدام حسين-التكريتي", new[] { "صدام", "حسين", "التكريتي" })] // UN IQi.001, Arabic-script words kept
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

public sealed class ArabicLetterFoldingStepTests
{
    [Theory]
    [InlineData("أحمد", "احمد")] // AHMAD, hamza on alef (UN IQi.013)
    [InlineData("إبراهيم", "ابراهيم")] // IBRAHIM, hamza under alef (UN IQi.028)
    [InlineData("آدم", "ادم")] // ADAM, madda (UN TAi.167)
    [InlineData("ٱلله", "الله")] // wasla
    [InlineData("مؤمن", "مومن")] // hamza on waw
    [InlineData("وائل", "وايل")] // hamza on yaa
    [InlineData("علاء", "علا")] // bare hamza
    [InlineData("حمزة", "حمزه")] // HAMZA, taa marbuta (UN IQi.009)
    [InlineData("مصطفى", "مصطفي")] // MUSTAFA, alef maqsura (UN IQi.022)
    [InlineData("شعبـان", "شعبان")] // SHABAN, tatweel (UN IQi.076)
    [InlineData("عبیدالله", "عبيدالله")] // UBAIDULLAH, Persian yeh (UN TAi.022)
    [InlineData("عبد الکبیر", "عبد الكبير")] // ABDUL KABIR, Persian kaf and yeh (UN TAi.003)
    [InlineData("الطاھر", "الطاهر")] // TAHER, heh doachashmee (UN QDi.353)
    [InlineData("مُحَمَّد", "محمد")] // harakat and shadda
    [InlineData("حسن", "حسن")] // letters that tell names apart are kept
    public void Folds_spelling_variants_of_arabic_script(string input, string expected) =>
        Assert.Equal(expected, ArabicLetterFoldingStep.Apply(input));

    [Theory]
    [InlineData('م', true)]
    [InlineData('گ', true)] // Persian gaf
    [InlineData('ـ', true)] // tatweel, removed by folding
    [InlineData('،', false)] // Arabic comma
    [InlineData('٣', false)] // Arabic-Indic digit
    [InlineData('M', false)]
    public void Recognizes_arabic_script_letters(char c, bool expected) =>
        Assert.Equal(expected, ArabicLetterFoldingStep.IsArabicLetter(c));
}

public sealed class ArabicNameDictionaryStepTests
{
    [Theory]
    [InlineData("محمد", "MUHAMMAD")] // UN IQi.009 MUHAMMAD HAMZA ZUBAIDI
    [InlineData("أحمد", "AHMAD")] // UN IQi.013 IBRAHIM AHMAD ABD AL-SATTAR ...
    [InlineData("احمد", "AHMAD")] // the same name without the hamza (UN LYi.023)
    [InlineData("حسن", "HASAN")] // UN IQi.005 ALI HASSAN AL-MAJID
    [InlineData("حسين", "HUSAYN")] // UN IQi.001 SADDAM HUSSEIN
    [InlineData("عمر", "UMAR")] // UN QDi.031 OMAR MAHMOUD UTHMAN
    [InlineData("حمزة", "HAMZA")]
    [InlineData("حمزه", "HAMZA")]
    [InlineData("مصطفى", "MUSTAFA")]
    [InlineData("إبراهيم", "IBRAHIM")]
    [InlineData("ابراهيم", "IBRAHIM")] // UN IQi.006 IZZAT IBRAHIM AL-DURI
    [InlineData("عبدالله", "ABDALLAH")] // joined, a name of its own (UN QDi.019)
    [InlineData("الله", "ALAH")] // ALLAH, not "ال" + "له" (doubled letters fold in keys)
    [InlineData("يوسف", "YUSUF")]
    [InlineData("ناصر", "NASR")] // the key ArabicRomanization gives NASSER
    [InlineData("صدام", "SADAM")] // doubled letters fold in keys: SADDAM
    public void Gives_known_names_the_key_of_their_latin_spellings(string word, string key)
    {
        var token = Assert.Single(Apply(word));

        Assert.Equal(key, token.Key);
        Assert.Equal(ArabicLetterFoldingStep.Apply(word), token.Text);
    }

    [Theory]
    [InlineData("التكريتي", new[] { "AL", "TIKRITI" })] // UN IQi.001 ... AL-TIKRITI
    [InlineData("الدوري", new[] { "AL", "DURI" })] // UN IQi.006 ... AL-DURI
    [InlineData("عبدالرحمن", new[] { "ABD", "AL", "RAHMAN" })] // as ABDELRAHMAN splits into ABD RAHMAN
    [InlineData("عبدالحليم", new[] { "ABD", "AL", "HALIM" })] // UN QDi.075 ABDELHALIM
    [InlineData("الدين", new[] { "DIN" })] // a dictionary word whole: "SAIF-AL-DIN" / "SALAH EDDINE"
    [InlineData("بن", new[] { "BIN" })] // UN QDi.009 BILAL BIN MARWAN
    [InlineData("حبوش", new[] { "HBWSH" })] // UN IQi.016 HABBUSH: not in the table, generic transliteration
    [InlineData("القبيسي", new[] { "AL", "QBYSY" })] // UN IQi.050: article split, the rest transliterated
    [InlineData("محمد2", new[] { "MHMD2" })] // run into a digit: transliterated whole
    [InlineData("2محمد", new[] { "2MHMD" })]
    public void Splits_the_article_and_abd_and_transliterates_unknown_words(string word, string[] spellings) =>
        Assert.Equal(spellings, Apply(word).Select(t => t.Spelling));

    [Theory]
    [InlineData("ال", TokenRole.Particle)]
    [InlineData("بن", TokenRole.Particle)]
    [InlineData("شيخ", TokenRole.Honorific)]
    [InlineData("ملا", TokenRole.Honorific)] // UN IQi.019 ABD-AL-TAWWAB MULLAH HUWAYSH
    [InlineData("محمد", TokenRole.Regular)]
    public void Gives_particles_and_titles_the_weak_role_of_their_latin_spelling(string word, TokenRole role) =>
        Assert.Equal(role, Assert.Single(Apply(word)).Role);

    [Theory]
    [InlineData("حسن", "حسين")] // Hasan / Husayn
    [InlineData("محمد", "محمود")] // Muhammad / Mahmud
    [InlineData("محمد", "احمد")] // Muhammad / Ahmad
    [InlineData("عمر", "عمار")] // Umar / Ammar
    [InlineData("عمر", "عمرو")] // Umar / Amr
    [InlineData("سعيد", "سعد")] // Said / Saad
    [InlineData("جمال", "كمال")] // Jamal / Kamal
    [InlineData("خالد", "خليل")] // Khalid / Khalil
    [InlineData("علي", "عالي")] // Ali / a word not in the table
    public void Keeps_different_names_apart(string left, string right) =>
        Assert.NotEqual(Assert.Single(Apply(left)).Key, Assert.Single(Apply(right)).Key);

    [Fact]
    public void Table_maps_every_folded_spelling_to_one_latin_name()
    {
        Assert.True(ArabicNameDictionaryStep.Build(ArabicScriptNames.Table).Count > 450);
        Assert.Throws<InvalidOperationException>(() => ArabicNameDictionaryStep.Build([("HASAN", ["حسن"]), ("HASSAN", ["حسن"])]));
    }

    [Fact]
    public void Table_has_every_name_of_arabic_romanization() =>
        Assert.Empty(ArabicRomanization.Table.Select(row => row.Canonical).Except(ArabicScriptNames.Table.Select(row => row.Latin)));

    [Fact]
    public void Table_uses_the_canonical_spelling_of_arabic_romanization()
    {
        var canonical = ArabicRomanization.Table.Select(row => row.Canonical).ToHashSet();
        var variants = ArabicRomanization.Table.SelectMany(row => row.Variants).ToHashSet();

        Assert.All(ArabicScriptNames.Table, row => Assert.True(
            canonical.Contains(row.Latin) || !variants.Contains(row.Latin) || row.Latin is "NASIR" or "SAYYID",
            $"{row.Latin} is a variant in ArabicRomanization; use its canonical form"));
    }

    private static List<NameToken> Apply(string word)
    {
        var tokens = new List<NameToken>();
        ArabicNameDictionaryStep.Apply(word, tokens);
        return tokens;
    }
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
