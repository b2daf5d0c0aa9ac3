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
    [InlineData("SMH", "USAMA", TokenMatchKind.Phonetic)] // أسامة: initial alif and vowels lost
    [InlineData("BASSIL", "AASI", TokenMatchKind.Unmatched)] // high Jaro-Winkler, three errors apart
    [InlineData("ALI", "ALA", TokenMatchKind.Unmatched)] // short tokens never match fuzzily
    [InlineData("KHALID", "KHALAF", TokenMatchKind.Unmatched)] // two errors in a short name: another name
    [InlineData("2", "3", TokenMatchKind.Unmatched)] // HYOK SIN 2 is not HYOK SIN 3
    public void Classifies_token_pairs(string query, string listed, TokenMatchKind expected)
    {
        var (similarity, kind) = TokenSimilarity.Compare(
            NameNormalizer.CreateToken(query), NameNormalizer.CreateToken(listed), NameMatchingOptions.Default);

        Assert.Equal(expected, kind);
        Assert.Equal(expected == TokenMatchKind.Unmatched, similarity == 0);
    }
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
