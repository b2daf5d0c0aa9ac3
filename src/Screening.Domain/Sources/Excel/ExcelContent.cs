using System.IO.Compression;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.Excel;

/// <summary>Cheap recognition of an .xlsx: a zip whose entries include the workbook part.</summary>
internal static class ExcelContent
{
    public static bool IsWorkbook(ListFile file)
    {
        if (!ListContent.IsZip(file))
        {
            return false;
        }

        try
        {
            using var stream = file.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var archive = new ZipArchive(copy, ZipArchiveMode.Read);
            return archive.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
