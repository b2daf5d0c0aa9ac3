using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Screening.Domain.Tests.Sources.Excel;

/// <summary>Damaged copies of a real .xlsx: one part of the package rewritten, everything else byte for byte.</summary>
internal static class WorkbookEdits
{
    /// <summary>The workbook with the XML of one part (for example "xl/worksheets/sheet2.xml") changed.</summary>
    public static byte[] WithPart(byte[] workbook, string partName, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var copy = new MemoryStream();
                read.CopyTo(copy);
                var bytes = copy.ToArray();
                if (entry.FullName == partName)
                {
                    var changed = change(Encoding.UTF8.GetString(bytes));
                    Assert.NotEqual(Encoding.UTF8.GetString(bytes), changed);
                    bytes = Encoding.UTF8.GetBytes(changed);
                }

                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>Removes one row (by its Excel row number) from a worksheet's XML.</summary>
    public static string WithoutRow(string sheetXml, int rowNumber) =>
        Regex.Replace(sheetXml, $@"<row r=""{rowNumber}""[^>]*>.*?</row>", string.Empty, RegexOptions.Singleline);

    /// <summary>A worksheet with no rows at all.</summary>
    public static string WithoutRows(string sheetXml) =>
        Regex.Replace(sheetXml, @"<sheetData>.*</sheetData>", "<sheetData/>", RegexOptions.Singleline);
}
