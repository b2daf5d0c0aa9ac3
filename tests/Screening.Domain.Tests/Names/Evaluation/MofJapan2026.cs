using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The Japanese MOF asset-freeze list of 2026-03-02 (tests/data/jp, SOURCES.md): every entry's Japanese name (katakana)
/// with its English name as published, read straight from the workbook's XML (an .xlsx is a zip of sheets and a
/// shared-string table). Only the first name of each cell is taken: cells hold one name, or aliases after a line break.
/// </summary>
internal static partial class MofJapan2026
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly Lazy<List<(string Katakana, string English, string Sheet)>> Cached = new(Read);

    public static IReadOnlyList<(string Katakana, string English, string Sheet)> Names => Cached.Value;

    private static List<(string Katakana, string English, string Sheet)> Read()
    {
        using var zip = ZipFile.OpenRead(TestData.Path("jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx"));
        var shared = XDocument.Load(zip.GetEntry("xl/sharedStrings.xml")!.Open()).Root!.Elements(Sheet + "si")
            .Select(si => string.Concat(si.Descendants(Sheet + "t").Where(t => t.Parent?.Name != Sheet + "rPh").Select(t => t.Value)))
            .ToList();
        var names = new List<(string Katakana, string English, string Sheet)>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            string? japaneseColumn = null, englishColumn = null;
            foreach (var row in XDocument.Load(entry.Open()).Descendants(Sheet + "row"))
            {
                var cells = row.Elements(Sheet + "c").ToDictionary(
                    c => Column().Match((string)c.Attribute("r")!).Value,
                    c => (string?)c.Attribute("t") == "s" ? shared[(int)c.Element(Sheet + "v")!] : c.Element(Sheet + "v")?.Value ?? string.Empty);
                var header = cells.FirstOrDefault(c => c.Value.StartsWith("日本語表記", StringComparison.Ordinal));
                if (header.Key is not null)
                {
                    japaneseColumn = header.Key;
                    englishColumn = cells.FirstOrDefault(c => c.Value.StartsWith("英語表記", StringComparison.Ordinal)).Key;
                    continue;
                }

                if (japaneseColumn is null || englishColumn is null
                    || !cells.TryGetValue(japaneseColumn, out var japanese) || !cells.TryGetValue(englishColumn, out var english))
                {
                    continue;
                }

                var katakana = FirstLine(japanese);
                var latin = FirstLine(english);
                if (katakana.Length > 0 && latin.Length > 0 && katakana.Any(c => c is >= '\u30A1' and <= '\u30FA'))
                {
                    names.Add((katakana, latin, entry.FullName));
                }
            }
        }

        return names;
    }

    private static string FirstLine(string cell) => cell.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex Column();
}
