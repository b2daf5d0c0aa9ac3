using System.Text.RegularExpressions;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// What a sheet's name says: programme sheets are numbered ("15.北朝鮮(決議1718号等；個人)"), the index
/// sheet "一覧" is not; "【解除】" marks a lifted programme, kept in the workbook for the record only.
/// </summary>
internal static partial class MofSheet
{
    public const string LiftedMark = "【解除】";

    public static string? ProgrammeNumber(string sheetName) =>
        Numbered().Match(sheetName) is { Success: true } match ? match.Groups["number"].Value : null;

    public static bool IsLifted(string sheetName) => sheetName.Contains(LiftedMark, StringComparison.Ordinal);

    /// <summary>Sheets of individuals or of entities say so in their name; mixed sheets (Taliban, terrorists) do not.</summary>
    public static bool? HoldsIndividuals(string sheetName) =>
        sheetName.Contains("個人", StringComparison.Ordinal) ? true
        : sheetName.Contains("団体", StringComparison.Ordinal) || sheetName.Contains("銀行", StringComparison.Ordinal) ? false
        : null;

    [GeneratedRegex(@"^\s*(?<number>\d+)\s*[.．]")]
    private static partial Regex Numbered();
}
