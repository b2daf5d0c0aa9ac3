using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.Excel;

/// <summary>Cheap recognition of an .xlsx: a zip whose entries include the workbook part (looked at once when buffered).</summary>
internal static class ExcelContent
{
    public static bool IsWorkbook(ListFile file)
    {
        if (BufferedWorkbook.Of(file) is { } buffered)
        {
            return buffered.IsWorkbook;
        }

        if (!ListContent.IsZip(file))
        {
            return false;
        }

        using var stream = file.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return BufferedWorkbook.ContainsWorkbookPart(copy.ToArray());
    }
}
