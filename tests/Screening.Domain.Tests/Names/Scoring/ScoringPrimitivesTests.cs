using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)] // Winkler's published examples
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("ZAWAHIRI", "ZAWAHIRI", 1.0)] // SDN 2676
    [InlineData("ZAWAHIRI", "", 0.0)]
    public void Matches_published_values(string left, string right, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(left, right), 3);
}

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("ZAWAHIRI", "ZAWAHRI", 1)] // deletion
    [InlineData("NORIEGA", "NOREIGA", 1)] // adjacent transposition (SDN 1572)
    [InlineData("KHALID", "KHALAF", 2)]
    [InlineData("PRIGOZHIN", "PRIGOZHIN", 0)]
    public void Counts_typing_errors(string left, string right, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(left, right, 3));

    [Fact]
    public void Stops_early_above_the_limit() =>
        Assert.Equal(2, EditDistance.Compute("BASSIL", "AASI", 1));
}

public sealed class TokenSimilarityTests
{
    [Theory]
    [InlineData("ZAWAHIRI", "ZAWAHIRI", TokenMatchKind.Exact)]
    [InlineData("MOHAMMED", "MUHAMMAD", TokenMatchKind.RomanizationVariant)] // SDN 6365
    [InlineData("ZAWAHRI", "ZAWAHIRI", TokenMatchKind.Fuzzy)] // one typo
    [InlineData("MHMD", "MUHAMMAD", TokenMatchKind.Phonetic)] // Arabic script without vowels
    [InlineData("MHMD", "IMHAMAD", TokenMatchKind.Phonetic)] // امحمد (UN LYi.023): initial alif and vowels lost
    [InlineData("BASSIL", "AASI", TokenMatchKind.Unmatched)] // high Jaro-Winkler, three errors apart
    [InlineData("ALI", "ALA", TokenMatchKind.Unmatched)] // short tokens never match fuzzily
    [InlineData("HAJJ", "KHAN", TokenMatchKind.Unmatched)] // SDN 6864 KHAN, Nasir Ali: keys HAJ / HAN, short keys never match fuzzily (was 0.822)
    [InlineData("2", "3", TokenMatchKind.Unmatched)] // HYOK SIN 2 is not HYOK SIN 3
    public void Classifies_token_pairs(string query, string listed, TokenMatchKind expected)
    {
        var (similarity, kind) = TokenSimilarity.Compare(
            NameNormalizer.CreateToken(query), NameNormalizer.CreateToken(listed), NameMatchingOptions.Default);

        Assert.Equal(expected, kind);
        Assert.Equal(expected == TokenMatchKind.Unmatched, similarity == 0);
    }

    /// <summary>
    /// Two names of the Arabic name dictionary more than one error apart are two names, in Latin letters too
    /// (KHALID / KHALAF once ranked at the distant-typo similarity); one error apart a typo could have made one from
    /// the other (SAID / SAUD), so those still compare by letters.
    /// </summary>
    [Theory]
    [InlineData("KHALID", "KHALAF", TokenMatchKind.Unmatched)]
    [InlineData("MUHANNAD", "MOHAMED", TokenMatchKind.Unmatched)]
    [InlineData("AHMED", "MAHMUD", TokenMatchKind.Unmatched)]
    [InlineData("SAID", "SAUD", TokenMatchKind.Fuzzy)]
    [InlineData("MOHAMED", "MUHAMMAD", TokenMatchKind.RomanizationVariant)]
    public void Latin_names_of_the_arabic_dictionary_two_errors_apart_are_different_names(string query, string listed, TokenMatchKind expected)
    {
        var (similarity, kind) = TokenSimilarity.Compare(
            NameNormalizer.CreateToken(query), NameNormalizer.CreateToken(listed), NameMatchingOptions.Default);

        Assert.Equal(expected, kind);
        Assert.Equal(expected == TokenMatchKind.Unmatched, similarity == 0);
    }

    [Theory]
    [InlineData("ATRSYAM", "ARSHAM")] // SDN ARSHAM with two typos
    [InlineData("NAWOAFI", "MAWAFI")] // SDN 17366 MAWAFI, Ramzi
    public void Two_errors_that_jaro_winkler_forgives_only_rank_the_name(string query, string listed)
    {
        var (similarity, kind) = TokenSimilarity.Compare(
            NameNormalizer.CreateToken(query), NameNormalizer.CreateToken(listed), NameMatchingOptions.Default);

        Assert.Equal(TokenMatchKind.Fuzzy, kind);
        Assert.Equal(NameMatchingOptions.Default.DistantTypoSimilarity, similarity);
    }

    [Theory]
    [InlineData("محمد", "MOHAMMED", TokenMatchKind.RomanizationVariant, 0.96)] // SDN 6365 BIN LADIN, Usama bin Muhammad
    [InlineData("محمد", "MUHAMMAD", TokenMatchKind.RomanizationVariant, 0.96)] // the table's own spelling is not exact either
    [InlineData("محمد", "محمد", TokenMatchKind.Exact, 1.0)] // an original-script name listed as written
    [InlineData("أحمد", "احمد", TokenMatchKind.Exact, 1.0)] // one name once folded
    [InlineData("حسين", "HUSSEIN", TokenMatchKind.RomanizationVariant, 0.96)] // UN IQi.001 SADDAM HUSSEIN AL-TIKRITI
    [InlineData("طاهر", "TAHER", TokenMatchKind.Fuzzy, 0.91)] // TAHIR: a spelling the key does not fold compares as Latin
    [InlineData("محمد", "MAHMUD", TokenMatchKind.Unmatched, 0.0)] // a skeleton match (0.86) before the dictionary
    [InlineData("محمود", "MUHAMMAD", TokenMatchKind.Unmatched, 0.0)]
    [InlineData("حسن", "HUSAYN", TokenMatchKind.Unmatched, 0.0)]
    [InlineData("عمر", "AMMAR", TokenMatchKind.Unmatched, 0.0)] // Latin UMAR / AMMAR is a typo (0.83); 0.86 by skeleton before
    [InlineData("عمار", "OMAR", TokenMatchKind.Unmatched, 0.0)]
    [InlineData("جمال", "JAMIL", TokenMatchKind.Unmatched, 0.0)] // two names of the dictionary
    [InlineData("مهدي", "MEHDI", TokenMatchKind.Fuzzy, 0.88)] // MAHDI: a spelling that is no other name stays a variant
    [InlineData("محمد", "محمود", TokenMatchKind.Unmatched, 0.0)] // one letter apart in Arabic, different names
    [InlineData("حبوش", "HABBUSH", TokenMatchKind.Fuzzy, 0.5)] // UN IQi.016: not in the table, two errors: ranks only
    public void Compares_arabic_script_words_by_the_latin_spelling_of_their_name(string query, string listed, TokenMatchKind expected, double similarity)
    {
        var (actual, kind) = TokenSimilarity.Compare(Single(query), Single(listed), NameMatchingOptions.Default);

        Assert.Equal(expected, kind);
        Assert.Equal(similarity, actual, 2);
    }

    private static NameToken Single(string word) => Assert.Single(NameNormalizer.Normalize(word, isIndividual: true));
}

public sealed class HungarianAssignmentTests
{
    [Fact]
    public void Finds_the_optimum_where_greedy_pairing_fails()
    {
        // Greedy takes (0,0)=0.9 and leaves row 1 with 0.1; the optimum pairs (0,1) and (1,0).
        var gain = new double[,] { { 0.9, 0.8 }, { 0.85, 0.1 } };

        Assert.Equal([1, 0], HungarianAssignment.Maximize(gain));
    }

    [Fact]
    public void Handles_more_rows_than_columns()
    {
        var gain = new double[,] { { 0.1 }, { 0.7 }, { 0.3 } };

        Assert.Equal([-1, 0, -1], HungarianAssignment.Maximize(gain));
    }

    [Fact]
    public void Handles_more_columns_than_rows()
    {
        var gain = new double[,] { { 0.2, 0.9, 0.4 }, { 0.8, 0.85, 0.1 } };

        Assert.Equal([1, 0], HungarianAssignment.Maximize(gain));
    }
}

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("Korea, North", "KP")] // KIM, Jong Un's country in ADD.CSV
    [InlineData("Iran", "IR")]
    [InlineData("Region: Crimea", "UA")]
    [InlineData("Bahamas, The", "BS")]
    [InlineData("kp", "KP")]
    [InlineData("Atlantis", null)]
    [InlineData(null, null)]
    public void Maps_ofac_country_names_to_iso_alpha_2(string? name, string? expected) =>
        Assert.Equal(expected, CountryCodes.ToAlpha2(name));
}
