using System.Text.RegularExpressions;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>Maps one entry row of a MOF programme sheet to a <see cref="SanctionedEntity"/>.</summary>
internal static partial class MofEntryMapper
{
    public static SanctionedEntity Map(ExcelRow row, MofProgrammeSheet sheet, MofNoticeNumber notice, string source, string fileName)
    {
        var layout = sheet.Layout;
        var english = Text(row, layout, MofColumnKind.EnglishName);
        var japanese = Text(row, layout, MofColumnKind.JapaneseName);

        var aliasCells = layout.Columns
            .Select((column, index) => (column.Kind, Text: row.Text(index)))
            .Where(cell => cell.Kind is MofColumnKind.StrongAliases or MofColumnKind.WeakAliases && !MofCellText.IsUnknown(cell.Text))
            .Select(cell => (cell.Text!, cell.Kind == MofColumnKind.StrongAliases ? NameStrength.Strong : NameStrength.Weak));
        var (primary, names) = MofNames.OfEntry(english, japanese, aliasCells);
        var remarks = new List<string>();
        var datesOfBirth = new List<DateOfBirth>();
        var places = new List<string>();
        var nationalities = new List<string>();
        var addresses = new List<PostalAddress>();
        var documents = new List<IdentityDocument>();
        var titles = new List<string>();
        var related = new List<string>();
        for (var column = 0; column < layout.Columns.Count; column++)
        {
            var (kind, header) = layout.Columns[column];
            var text = row.Text(column);
            if (MofCellText.IsUnknown(text) && row.Value(column) is not (double or DateTime))
            {
                continue;
            }

            switch (kind)
            {
                case MofColumnKind.Title:
                    titles.Add(string.Join("; ", MofCellText.Lines(text!)));
                    break;
                case MofColumnKind.BirthDate:
                    datesOfBirth.AddRange(BirthDates(row, column, header, fileName, sheet));
                    break;
                case MofColumnKind.BirthDateAndPlace:
                    datesOfBirth.AddRange(BirthDates(row, column, header, fileName, sheet));
                    remarks.Add($"{header}: {string.Join(" / ", MofCellText.Lines(text!))}");
                    break;
                case MofColumnKind.BirthPlace:
                    places.AddRange(MofCellText.Items(text!));
                    break;
                case MofColumnKind.Nationality:
                    nationalities.AddRange(MofCellText.Values(text!));
                    break;
                case MofColumnKind.Passport:
                    documents.AddRange(MofCellText.ItemsAcrossLines(text!).Select(item => new IdentityDocument("Passport", item)));
                    break;
                case MofColumnKind.IdNumber:
                    documents.AddRange(MofCellText.ItemsAcrossLines(text!).Select(item => new IdentityDocument(header, item)));
                    break;
                case MofColumnKind.Address:
                    addresses.AddRange(MofCellText.Items(text!).Select(item => new PostalAddress(Street: item)));
                    break;
                case MofColumnKind.UnReference:
                    related.AddRange(UnReference().Matches(MofCellText.Normalize(text!)).Select(match => $"{ListSourceInference.UnitedNations}:{match.Value}"));
                    remarks.Add($"{header}: {text}");
                    break;
                case MofColumnKind.Other:
                    remarks.Add($"{header}: {CellForRemarks(row, column, header, text)}");
                    break;
            }
        }

        var isIndividual = MofSheet.HoldsIndividuals(sheet.Name) ?? (datesOfBirth.Count > 0 || places.Count > 0 || documents.Any(d => d.Type == "Passport"));
        return new SanctionedEntity
        {
            Id = $"{source}:{sheet.Number}-{notice.Number}",
            Source = source,
            Type = isIndividual ? EntityType.Individual : EntityType.Entity,
            PrimaryName = primary,
            Names = names,
            DatesOfBirth = datesOfBirth.Distinct().ToList(),
            PlacesOfBirth = places.Distinct().ToList(),
            Nationalities = nationalities.Distinct().ToList(),
            Addresses = addresses,
            Documents = documents,
            Programs = [sheet.Programme],
            RelatedIds = related.Distinct().ToList(),
            Flags = notice.Flags,
            Title = titles.Count == 0 ? null : string.Join("; ", titles),
            Remarks = TextValues.JoinNonBlank("\n", [$"告示番号: {notice.Published}", .. remarks]),
            ListedOn = Text(row, layout, MofColumnKind.NoticeDate) is { } noticeDate ? MofDates.FirstFullDate(noticeDate) : null,
        };
    }

    /// <summary>A later row holding only more text (a long その他の情報 split over rows) belongs to the entry above.</summary>
    public static SanctionedEntity WithContinuation(SanctionedEntity entity, ExcelRow row, MofSheetLayout layout)
    {
        var parts = new List<string>();
        for (var column = 0; column < layout.Columns.Count; column++)
        {
            if (row.Text(column) is { } text)
            {
                parts.Add($"{layout.Columns[column].Header}: {text}");
            }
        }

        return parts.Count == 0 ? entity : entity with { Remarks = TextValues.JoinNonBlank("\n", [entity.Remarks, .. parts]) };
    }

    public static string? Text(ExcelRow row, MofSheetLayout layout, MofColumnKind kind) =>
        layout.IndexOf(kind) is var index and >= 0 && !MofCellText.IsUnknown(row.Text(index)) ? row.Text(index) : null;

    private static IEnumerable<DateOfBirth> BirthDates(ExcelRow row, int column, string header, string fileName, MofProgrammeSheet sheet) =>
        row.Value(column) switch
        {
            DateTime date => [new DateOfBirth(MofDates.FromDateTime(date))],
            double serial when MofDates.IsSerial(serial) => [new DateOfBirth(MofDates.FromSerial(serial))],
            double other => throw new ListParseException(fileName, $"{header} holds the number {other}, which is no Excel date", row.Number,
                $"sheet {sheet.Name}, column {ExcelRow.ColumnLetter(column)} ({header})"),
            _ => MofDates.InText(row.Text(column)!),
        };

    /// <summary>Date columns other than birth dates (リスト掲載日, 指定日: headers ending in 日) are kept readable, not as Excel serials.</summary>
    private static string CellForRemarks(ExcelRow row, int column, string header, string? text) =>
        row.Value(column) switch
        {
            DateTime date => MofDates.FromDateTime(date).ToString(),
            double serial when MofDates.IsSerial(serial) && header.EndsWith('日') => MofDates.FromSerial(serial).ToString(),
            _ => string.Join(" / ", MofCellText.Lines(text ?? string.Empty)),
        };

    [GeneratedRegex(@"\b[A-Z]{2}[ie]\.\d{3}\b")]
    private static partial Regex UnReference();
}
