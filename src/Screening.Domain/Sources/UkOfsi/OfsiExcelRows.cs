using System.Globalization;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>The Excel form: sheet "Data", a "Last Updated" row, the header row, then one row per name.</summary>
internal static class OfsiExcelRows
{
    public static IEnumerable<OfsiRow> Read(ExcelWorkbook workbook, OfsiTable table)
    {
        var sheet = workbook.Sheets().First();
        foreach (var row in sheet.Rows())
        {
            if (table.Accept(row.Number, [.. row.Cells.Select(Text)]) is { } accepted)
            {
                yield return accepted;
            }
        }
    }

    /// <summary>Date cells as OFSI writes dates in text (dd/mm/yyyy), so both forms read through one date parser.</summary>
    private static string? Text(object? cell) => cell switch
    {
        null => null,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };
}
