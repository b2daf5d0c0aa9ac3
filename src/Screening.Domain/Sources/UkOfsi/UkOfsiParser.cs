using CsvHelper;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.Excel;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// The UK OFSI Consolidated List of Financial Sanctions Targets (retired 2026-01-28, still what UK
/// firms' archives and audits hold), in its Excel form (2022 onwards) and its older CSV form: one row
/// per name variation, grouped by Group ID into one entity.
/// </summary>
public sealed class UkOfsiParser : IListParser
{
    /// <summary>The header sits on the second row, below the "Last Updated" note.</summary>
    private const int HeaderSearchRows = 3;

    public ListFormat Format => ListFormat.UkOfsi;

    public bool Recognizes(ListInput input)
    {
        if (input.Files is not [var file])
        {
            return false;
        }

        if (ExcelContent.IsWorkbook(file))
        {
            return BufferedWorkbook.Heads(file).Take(1).Any(first => first.Rows.Take(HeaderSearchRows).Any(row => OfsiColumns.IsHeader(row.Cells.Select(cell => cell as string))));
        }

        if (ListContent.IsZip(file))
        {
            return false;
        }

        var head = ListContent.ReadHead(file, 4096);
        var lines = OfsiCsvRows.EncodingOf(head).GetString(head).Split('\n').Take(HeaderSearchRows);
        return lines.Any(line => OfsiColumns.IsHeader(line.Split(',')));
    }

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        if (input.Files is not [var file])
        {
            throw new ListParseException(input.Files.Count == 0 ? "(no file)" : string.Join(", ", input.Files.Select(f => f.Name)),
                "the OFSI list is one Excel workbook or one CSV file");
        }

        var table = new OfsiTable(file.Name);
        // Any zip is taken for a workbook, so a damaged one is reported as such rather than as a broken CSV.
        var (groups, hash) = ListContent.IsZip(file) ? ReadExcel(file, table, cancellationToken) : ReadCsv(file, table, cancellationToken);
        if (!table.HasHeader)
        {
            throw new ListParseException(file.Name, $"no header row (with {OfsiColumns.Surname} and {OfsiColumns.GroupId})");
        }

        if (groups.Count == 0)
        {
            throw new ListParseException(file.Name, "the list has a header but no names");
        }

        var entities = groups.Select(group => OfsiGroupMapper.Map(group.Key, group.Value, input.Source)).ToList();
        return new ParsedList(new ListMetadata(input.Source, Format, table.LastUpdated, null, entities.Count, hash), entities);
    }

    private static (Dictionary<string, List<OfsiRow>> Groups, string Hash) ReadExcel(ListFile file, OfsiTable table, CancellationToken cancellationToken)
    {
        using var workbook = ExcelWorkbook.Open(file);
        return (Group(file.Name, OfsiExcelRows.Read(workbook, table), cancellationToken), workbook.ContentHash);
    }

    private static (Dictionary<string, List<OfsiRow>> Groups, string Hash) ReadCsv(ListFile file, OfsiTable table, CancellationToken cancellationToken)
    {
        try
        {
            var encoding = OfsiCsvRows.EncodingOf(ListContent.ReadHead(file, 3));
            using var hashing = new HashingReadStream(file.Open());
            Dictionary<string, List<OfsiRow>> groups;
            using (var text = new StreamReader(hashing, encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
            {
                groups = Group(file.Name, OfsiCsvRows.Read(text, table), cancellationToken);
            }

            return (groups, ContentHash.ToHex(hashing.Finish()));
        }
        catch (CsvFormatException ex)
        {
            throw new ListParseException(file.Name, $"broken CSV: {ex.Message}", ex.LineNumber > 0 ? ex.LineNumber : null, inner: ex);
        }
        catch (IOException ex)
        {
            throw new ListParseException(file.Name, $"the file could not be read: {ex.Message}", inner: ex);
        }
    }

    /// <summary>Rows by Group ID, groups in the order of their first row.</summary>
    private static Dictionary<string, List<OfsiRow>> Group(string fileName, IEnumerable<OfsiRow> rows, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<OfsiRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var groupId = TextValues.NullIfBlank(row[OfsiColumns.GroupId])
                          ?? throw new ListParseException(fileName, "a name row has no Group ID", row.Number, OfsiColumns.GroupId);
            if (TextValues.NullIfBlank(row[OfsiColumns.Surname]) is null)
            {
                throw new ListParseException(fileName, $"a row of group {groupId} has no {OfsiColumns.Surname} (surname or entity name)", row.Number, OfsiColumns.Surname);
            }

            if (!groups.TryGetValue(groupId, out var group))
            {
                groups[groupId] = group = [];
            }

            group.Add(row);
        }

        return groups;
    }
}
