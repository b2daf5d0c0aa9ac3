using System.Text;
using CsvHelper;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// The CSV form, as OFSI published it until 2022: Windows-1252 text (UTF-8 when it starts with a byte
/// order mark), a "Last Updated" row, the header row, then one row per name.
/// </summary>
internal static class OfsiCsvRows
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    static OfsiCsvRows()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding EncodingOf(ReadOnlySpan<byte> head) =>
        head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);

    public static IEnumerable<OfsiRow> Read(TextReader text, OfsiTable table)
    {
        using var reader = CsvReader.Create(text, Options, leaveOpen: true);
        while (reader.Read())
        {
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            if (table.Accept(reader.LineNumber, cells) is { } row)
            {
                yield return row;
            }
        }
    }
}
