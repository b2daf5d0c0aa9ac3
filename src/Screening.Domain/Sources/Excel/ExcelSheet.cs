namespace Screening.Domain.Sources.Excel;

/// <summary>One sheet of an <see cref="ExcelWorkbook"/>: its name and its rows, read once, in order.</summary>
internal sealed class ExcelSheet(ExcelWorkbook workbook, string name)
{
    public string Name { get; } = name;

    /// <summary>Rows with their 1-based row number as Excel shows it.</summary>
    public IEnumerable<ExcelRow> Rows()
    {
        long number = 0;
        while (workbook.ReadRow(Name, number + 1))
        {
            number++;
            yield return new ExcelRow(Name, number, workbook.CurrentCells(Name, number));
        }
    }
}
