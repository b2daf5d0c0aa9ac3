using System.Security.Cryptography;

namespace Screening.Domain.Tests;

/// <summary>
/// The real list files in tests/data are what SOURCES.md says they are: every file listed in SHA256SUMS exists with
/// that hash, and no file is there unlisted (so a copy that git rewrote, or a file added without provenance, fails).
/// </summary>
public sealed class TestDataTests
{
    private static readonly string[] Bookkeeping = ["SHA256SUMS", "SOURCES.md", ".gitattributes"];

    private static Dictionary<string, string> Listed() =>
        File.ReadAllLines(TestData.Path("SHA256SUMS"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

    [Fact]
    public void Every_listed_file_has_its_recorded_SHA256()
    {
        var listed = Listed();
        Assert.NotEmpty(listed);
        foreach (var (path, expected) in listed)
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestData.Path(path.Split('/')))));
            Assert.True(expected == actual, $"{path}: SHA-256 {actual}, SHA256SUMS says {expected}");
        }
    }

    [Fact]
    public void Every_file_in_tests_data_is_listed()
    {
        var listed = Listed();
        var present = Directory.EnumerateFiles(TestData.Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TestData.Root, path).Replace('\\', '/'))
            .Where(path => !Bookkeeping.Contains(path))
            .Order(StringComparer.Ordinal);

        Assert.Equal(listed.Keys.Order(StringComparer.Ordinal), present);
    }

    [Fact]
    public void OFAC_CSV_files_keep_their_CRLF_line_ends_and_closing_0x1A()
    {
        var bytes = File.ReadAllBytes(TestData.Path("ofac", "sdn_csv_2021-07-07_full_set", "sdn.csv"));

        Assert.Equal(0x1A, bytes[^1]);
        Assert.Equal("\r\n"u8.ToArray(), bytes[^3..^1]);
    }

    [Fact]
    public void A_missing_file_fails_naming_the_path_it_looked_for()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TestData.Path("ofac", "no-such-file.csv"));

        Assert.Contains(Path.Combine(TestData.Root, "ofac", "no-such-file.csv"), error.Message);
    }
}
