using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// Japan's Ministry of Finance list of parties under asset freeze (経済制裁措置及び対象者リスト), the
/// official Excel workbook: one sheet per programme, each with its own columns. Lifted programmes
/// (【解除】) are not screened; deleted entries (rows with a notice number and no names) are skipped.
/// </summary>
public sealed class MofExcelParser : IListParser
{
    /// <summary>How far into each sheet recognition looks for the header row (title and note rows come first).</summary>
    private const int HeaderSearchRows = 8;

    public ListFormat Format => ListFormat.MofExcel;

    public bool Recognizes(ListInput input)
    {
        if (input.Files is not [var file] || !ExcelContent.IsWorkbook(file))
        {
            return false;
        }

        return BufferedWorkbook.Heads(file).Any(sheet => sheet.Rows.Take(HeaderSearchRows).Any(row => MofSheetLayout.FromHeaderRow(row) is not null));
    }

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        if (input.Files is not [var file])
        {
            throw new ListParseException(input.Files.Count == 0 ? "(no file)" : string.Join(", ", input.Files.Select(f => f.Name)),
                "the MOF list is one Excel workbook");
        }

        using var workbook = ExcelWorkbook.Open(file);
        var entities = new List<SanctionedEntity>();
        var programmeSheets = 0;
        foreach (var sheet in workbook.Sheets())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (MofSheet.ProgrammeNumber(sheet.Name) is not { } number || MofSheet.IsLifted(sheet.Name))
            {
                continue;
            }

            programmeSheets++;
            entities.AddRange(ReadSheet(sheet, number, input.Source, file.Name, cancellationToken));
        }

        if (programmeSheets == 0 || entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the workbook holds no MOF programme sheet with entries (numbered sheets with 告示番号, 日本語表記, 英語表記)");
        }

        DuplicateIds.Check(file.Name, entities);
        return new ParsedList(new ListMetadata(input.Source, Format, MofFileName.PublishedAt(file.Name), null, entities.Count, workbook.ContentHash), entities);
    }

    private static List<SanctionedEntity> ReadSheet(ExcelSheet sheet, string number, string source, string fileName, CancellationToken cancellationToken)
    {
        var titleLines = new List<string>();
        MofProgrammeSheet? programme = null;
        var entities = new List<SanctionedEntity>();
        var sawRow = false;
        var continuesDeletedEntry = false;
        foreach (var row in sheet.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            sawRow |= !row.IsBlank;
            if (programme is null)
            {
                if (MofSheetLayout.FromHeaderRow(row) is { } layout)
                {
                    programme = new MofProgrammeSheet(sheet.Name, number, Programme(titleLines, sheet.Name), layout);
                }
                else if (TitleText(row) is { } title)
                {
                    titleLines.Add(title);
                }

                continue;
            }

            continuesDeletedEntry = ReadEntryRow(row, programme, source, fileName, entities, continuesDeletedEntry);
        }

        if (!sawRow)
        {
            throw new ListParseException(fileName, "the programme sheet is empty", element: $"sheet {sheet.Name}");
        }

        return programme is null
            ? throw new ListParseException(fileName, $"the programme sheet has no header row ({MofSheetLayout.NoticeNumberHeader}, {MofSheetLayout.JapaneseNameHeader}, {MofSheetLayout.EnglishNameHeader})",
                element: $"sheet {sheet.Name}")
            : entities;
    }

    /// <summary>Reads one row below the header; returns whether the rows that follow continue a deleted entry.</summary>
    private static bool ReadEntryRow(ExcelRow row, MofProgrammeSheet sheet, string source, string fileName, List<SanctionedEntity> entities, bool continuesDeletedEntry)
    {
        var layout = sheet.Layout;
        var numberColumn = layout.IndexOf(MofColumnKind.NoticeNumber);
        var hasNames = MofEntryMapper.Text(row, layout, MofColumnKind.JapaneseName) is not null
                       || MofEntryMapper.Text(row, layout, MofColumnKind.EnglishName) is not null;
        var published = row.Text(numberColumn);
        if (published is null)
        {
            if (hasNames)
            {
                throw new ListParseException(fileName, "an entry with names has no notice number", row.Number,
                    $"sheet {sheet.Name}, column {ExcelRow.ColumnLetter(numberColumn)} ({MofSheetLayout.NoticeNumberHeader})");
            }

            // Continuation rows of a deleted entry belong to nobody; attached to the entry above they would corrupt it.
            if (entities.Count > 0 && !row.IsBlank && !continuesDeletedEntry)
            {
                entities[^1] = MofEntryMapper.WithContinuation(entities[^1], row, layout);
            }

            return continuesDeletedEntry;
        }

        if (!hasNames)
        {
            // A deleted entry keeps its number and notice date ("2011.11.18削除") and loses its names.
            return true;
        }

        var notice = MofNoticeNumber.Parse(published)
                     ?? throw new ListParseException(fileName, $"the notice number '{published}' does not start with a number", row.Number,
                         $"sheet {sheet.Name}, column {ExcelRow.ColumnLetter(numberColumn)} ({MofSheetLayout.NoticeNumberHeader})");
        entities.Add(MofEntryMapper.Map(row, sheet, notice, source, fileName));
        return false;
    }

    /// <summary>Title rows come before the header; note rows ("（注）...") explain markers and are not part of the title.</summary>
    private static string? TitleText(ExcelRow row)
    {
        var first = row.Cells.OfType<string>().Select(TextValues.NullIfBlank).FirstOrDefault(text => text is not null);
        return first is null || MofCellText.Normalize(first).StartsWith("(注", StringComparison.Ordinal) ? null : string.Join(' ', MofCellText.Lines(first));
    }

    private static string Programme(List<string> titleLines, string sheetName) =>
        titleLines.Count == 0 ? sheetName : string.Concat(titleLines);
}
