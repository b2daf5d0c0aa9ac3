using System.Globalization;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.Excel;

/// <summary>One row's cell values as ExcelDataReader gives them: string, double, bool, DateTime or null.</summary>
internal sealed record ExcelRow(string Sheet, long Number, object?[] Cells)
{
    public object? Value(int column) => column >= 0 && column < Cells.Length ? Cells[column] : null;

    /// <summary>The cell as trimmed text (numbers without a trailing ".0"), or null when blank.</summary>
    public string? Text(int column) => Value(column) switch
    {
        null => null,
        string text => TextValues.NullIfBlank(text),
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        var other => TextValues.NullIfBlank(other.ToString()),
    };

    public bool IsBlank => Cells.All(cell => cell is null || (cell is string text && string.IsNullOrWhiteSpace(text)));

    /// <summary>Excel's own column letters (A, B, ..., AA), for error messages a reader can follow in Excel.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
