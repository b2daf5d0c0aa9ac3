using System.IO.Compression;
using System.Xml.Linq;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>The real published files of tests/data, and variants derived from them in memory.</summary>
public static class RealFiles
{
    public static string ConsolidatedXmlPath => TestPaths.Data("ofac", "consolidated_xml_2024-05-06", "consolidated.xml");

    public static byte[] ConsolidatedXml => File.ReadAllBytes(ConsolidatedXmlPath);

    public static byte[] Sdn2024Csv => File.ReadAllBytes(TestPaths.Data("ofac", "sdn_csv_2024-05-03", "sdn.csv"));

    public static byte[] UnXml => File.ReadAllBytes(TestPaths.Data("un", "2026-02-27", "consolidated.xml"));

    public static byte[] MofWorkbook => File.ReadAllBytes(TestPaths.Data("jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx"));

    public static byte[] EuFsfXml => File.ReadAllBytes(TestPaths.Data("eu", "fsf_xml_2026-08-05_excerpt", "sample_eu_fsf.xml"));

    /// <summary>The complete 2021 SDN CSV set (sdn, add, alt, sdn_comments) zipped, as OFAC's CSV set is served.</summary>
    public static byte[] Sdn2021CsvZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" })
            {
                zip.CreateEntryFromFile(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set", name), name.ToUpperInvariant());
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The consolidated XML keeping only the first <paramref name="keep"/> entries, with Record_Count to match.</summary>
    public static byte[] ConsolidatedXmlWith(int keep)
    {
        var document = XDocument.Load(ConsolidatedXmlPath);
        var ns = document.Root!.Name.Namespace;
        var entries = document.Root.Elements(ns + "sdnEntry").ToList();
        foreach (var entry in entries.Skip(keep))
        {
            entry.Remove();
        }

        document.Root.Element(ns + "publshInformation")!.Element(ns + "Record_Count")!.Value = Math.Min(keep, entries.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>Well-formed up to the middle, then broken XML.</summary>
    public static byte[] CorruptConsolidatedXml()
    {
        var content = ConsolidatedXml;
        return [.. content.AsSpan(0, content.Length / 2), .. "<sdnEntry><uid>1</uid><<broken"u8];
    }
}
