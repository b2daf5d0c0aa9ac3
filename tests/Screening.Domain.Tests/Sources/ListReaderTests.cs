using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.OfacCsv;
using Screening.Domain.Tests.Sources.CustomCsv;

namespace Screening.Domain.Tests.Sources;

public sealed class ListReaderTests
{
    public static TheoryData<string[], ListFormat> RealFiles => new()
    {
        { ["ofac", "consolidated_xml_2024-05-06", "consolidated.xml"], ListFormat.OfacLegacyXml },
        { ["ofac", "cons_enhanced_xml_2025-01-10", "CONS_ENHANCED.XML"], ListFormat.OfacEnhancedXml },
        { ["ofac", "cons_enhanced_xml_2025-01-10", "CONS_ENHANCED.ZIP"], ListFormat.OfacEnhancedXml },
        { ["ofac", "enhanced_xml_program_extracts", "IRGC_sanctions.xml"], ListFormat.OfacEnhancedXml },
        { ["ofac", "sdn_csv_2024-05-03", "sdn.csv"], ListFormat.OfacCsv },
        { ["un", "2026-02-27", "consolidated.xml"], ListFormat.UnConsolidatedXml },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Detects_the_format_of_each_real_file_from_its_content(string[] path, ListFormat expected)
    {
        var bytes = RealLists.Bytes(path);

        // A meaningless name: detection must not rely on it.
        Assert.Equal(expected, ListReader.Detect(ListInput.FromBytes("x", "upload.bin", bytes)));
    }

    [Fact]
    public void Detects_an_OFAC_CSV_set_and_a_custom_list()
    {
        Assert.Equal(ListFormat.OfacCsv, ListReader.Detect(RealLists.CsvSet("ofac-sdn", "ofac", "sdn_csv_2021-07-07_full_set")));
        Assert.Equal(ListFormat.CustomCsv, ListReader.Detect(CustomCsvBuilder.Input(CustomCsvBuilder.File(CustomCsvBuilder.ExampleRows))));
    }

    [Fact]
    public void Reads_a_zip_holding_an_OFAC_CSV_set()
    {
        var zip = ZipOf(TestData.Path("ofac", "cons_csv_2025-12-19"), ["CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV"]);

        var list = ListReader.Read(ListInput.FromBytes(string.Empty, "CONS_CSV.ZIP", zip));

        Assert.Equal(ListFormat.OfacCsv, list.Metadata.Format);
        Assert.Equal("ofac-cons", list.Metadata.Source);
        Assert.Equal(442, list.Entities.Count);
        var loose = new OfacCsvParser().Parse(RealLists.CsvSet("ofac-cons", "ofac", "cons_csv_2025-12-19"));
        Assert.Equal(loose.Metadata.ContentHash, list.Metadata.ContentHash);
    }

    [Theory]
    [InlineData("un/2026-02-27/consolidated.xml", "upload.xml", "un")]
    [InlineData("ofac/enhanced_xml_program_extracts/IRGC_sanctions.xml", "upload.xml", "ofac-sdn")]
    [InlineData("ofac/cons_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP", "upload.zip", "ofac-cons")]
    [InlineData("ofac/sdn_csv_2024-05-03/sdn.csv", "SDN.CSV", "ofac-sdn")]
    [InlineData("ofac/consolidated_xml_2024-05-06/consolidated.xml", "CONSOLIDATED.XML", "ofac-cons")]
    public void Infers_the_source_of_an_official_list_given_without_one(string path, string uploadName, string expected)
    {
        var list = ListReader.Read(ListInput.FromBytes(string.Empty, uploadName, RealLists.Bytes(path.Split('/'))));

        Assert.Equal(expected, list.Metadata.Source);
        Assert.All(list.Entities, e => Assert.StartsWith(expected + ":", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_list_without_a_name_is_refused()
    {
        var input = CustomCsvBuilder.Input(CustomCsvBuilder.File(CustomCsvBuilder.ExampleRows)) with { Source = " " };

        var error = Assert.Throws<ListParseException>(() => ListReader.Read(input));

        Assert.Contains("source name", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused_naming_the_file()
    {
        var input = ListInput.FromBytes("custom:acme", "notes.txt", "Dear compliance team,\r\nplease block these.\r\n"u8.ToArray());

        Assert.Null(ListReader.Detect(input));
        var error = Assert.Throws<ListParseException>(() => ListReader.Read(input));
        Assert.Equal("notes.txt", error.FileName);
    }

    [Fact]
    public void Every_format_has_exactly_one_registered_parser()
    {
        Assert.Equal(Enum.GetValues<ListFormat>().Order(), ListParsers.All.Select(p => p.Format).Order());
    }

    private static byte[] ZipOf(string folder, string[] entryNames)
    {
        using var buffer = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entryName in entryNames)
            {
                var entry = archive.CreateEntry(entryName);
                using var target = entry.Open();
                using var source = File.OpenRead(Path.Combine(folder, entryName.ToLowerInvariant()));
                source.CopyTo(target);
            }
        }

        return buffer.ToArray();
    }
}
