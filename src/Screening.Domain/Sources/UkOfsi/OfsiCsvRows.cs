using System.Text;
using CsvHelper;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// The CSV form, as OFSI published it until 2022: Windows-1252 text (UTF-8 when it starts with a byte
/// order mark), a "Last Updated" row, the header row, then one row per name.
/// </summary>
internal static class OfsiCsvRows
{
    // The 2018 OFSI file has a "Last Updated" row above its header, so the header is found by hand; the mapper trims
    // the cells it reads (TextValues), so the reader leaves them as published.
    private static readonly CsvReaderOptions Options = StrictCsv.WithHeader with { HasHeader = false, TrimWhitespace = false };

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
