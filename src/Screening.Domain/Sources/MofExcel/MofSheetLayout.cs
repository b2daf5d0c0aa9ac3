using System.Text;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// Where a programme sheet's columns are: found from its header row, the first row holding 告示番号,
/// 日本語表記 and 英語表記 (after the title and any note rows). Each column keeps its own header, so the
/// fields the model has no place for are kept under their Japanese label in the remarks.
/// </summary>
internal sealed class MofSheetLayout
{
    public const string NoticeNumberHeader = "告示番号";
    public const string JapaneseNameHeader = "日本語表記";
    public const string EnglishNameHeader = "英語表記";

    private MofSheetLayout(IReadOnlyList<(MofColumnKind Kind, string Header)> columns) => Columns = columns;

    public IReadOnlyList<(MofColumnKind Kind, string Header)> Columns { get; }

    public int IndexOf(MofColumnKind kind)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The layout when <paramref name="row"/> is a header row, otherwise null.</summary>
    public static MofSheetLayout? FromHeaderRow(ExcelRow row)
    {
        var headers = row.Cells.Select(cell => Compact(cell as string)).ToList();
        if (!headers.Contains(NoticeNumberHeader) || !headers.Contains(JapaneseNameHeader) || !headers.Contains(EnglishNameHeader))
        {
            return null;
        }

        return new MofSheetLayout([.. headers.Select((header, index) => (Classify(header), header.Length == 0 ? ExcelRow.ColumnLetter(index) : header))]);
    }

    /// <summary>Header cells sometimes break over lines or carry stray spaces ("所在地・住所\n登録された事務所の住所").</summary>
    private static string Compact(string? header)
    {
        if (header is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static MofColumnKind Classify(string header) => header switch
    {
        "告示日付" => MofColumnKind.NoticeDate,
        NoticeNumberHeader => MofColumnKind.NoticeNumber,
        JapaneseNameHeader => MofColumnKind.JapaneseName,
        EnglishNameHeader => MofColumnKind.EnglishName,
        // "Aliases not sufficient to identify": the MOF's rendering of the UN's low-quality aliases.
        _ when header.Contains("確定に十分でない", StringComparison.Ordinal) => MofColumnKind.WeakAliases,
        _ when ContainsAny(header, "別名", "別称", "旧称", "以前の呼称") => MofColumnKind.StrongAliases,
        _ when ContainsAny(header, "称号", "肩書", "役職") => MofColumnKind.Title,
        _ when header.Contains("生年月日", StringComparison.Ordinal) && header.Contains("出生地", StringComparison.Ordinal) => MofColumnKind.BirthDateAndPlace,
        _ when header.Contains("生年月日", StringComparison.Ordinal) => MofColumnKind.BirthDate,
        _ when header.Contains("出生地", StringComparison.Ordinal) => MofColumnKind.BirthPlace,
        _ when header.Contains("国籍", StringComparison.Ordinal) => MofColumnKind.Nationality,
        _ when header.Contains("旅券", StringComparison.Ordinal) => MofColumnKind.Passport,
        _ when ContainsAny(header, "ID番号", "身分登録番号", "身分証番号") => MofColumnKind.IdNumber,
        _ when ContainsAny(header, "住所", "所在地") => MofColumnKind.Address,
        _ when header.Contains("国連参照番号", StringComparison.Ordinal) => MofColumnKind.UnReference,
        _ => MofColumnKind.Other,
    };

    private static bool ContainsAny(string header, params string[] parts) =>
        parts.Any(part => header.Contains(part, StringComparison.Ordinal));
}
