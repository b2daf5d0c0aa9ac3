using CsvHelper;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// Streams the rows of one OFAC CSV file through CsvHelper: no header, "-0-" for empty, CRLF, and a
/// trailing Ctrl-Z (0x1A) byte. Every row must have the file kind's column count; any other shape,
/// broken quoting or a truncated last row fails with the file name and line.
/// </summary>
internal static class OfacCsvRows
{
    private const string NullMarker = "-0-";
    private const char EndOfFile = '\u001A';

    // OFAC files have no header; their many repeated values (programmes, "-0-") are pooled.
    private static readonly CsvReaderOptions Options = StrictCsv.WithHeader with { HasHeader = false, PoolStrings = true };

    /// <summary>Calls <paramref name="row"/> with each row's fields (null for "-0-") and starting line; returns the file's SHA-256.</summary>
    public static byte[] Read(ListFile file, OfacCsvFileKind kind, Action<string?[], long> row, CancellationToken cancellationToken)
    {
        var expected = OfacCsvShape.FieldCount(kind);
        try
        {
            using var hashing = new HashingReadStream(file.Open());
            using (var reader = CsvReader.Create(hashing, Options, leaveOpen: true))
            {
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (reader.FieldCount == 1 && IsEndOfFileMarker(reader.GetString(0)))
                    {
                        continue;
                    }

                    if (reader.FieldCount != expected)
                    {
                        throw new ListParseException(
                            file.Name, $"expected {expected} columns in an OFAC {kind} row, found {reader.FieldCount} (broken quoting or a truncated row?)", reader.LineNumber);
                    }

                    row(Fields(reader, expected), reader.LineNumber);
                }
            }

            return hashing.Finish();
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

    private static bool IsEndOfFileMarker(string? value) => value is null || value.Trim().Trim(EndOfFile).Length == 0;

    private static string?[] Fields(CsvReader reader, int count)
    {
        var values = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var value = reader.GetString(i)?.Trim();
            values[i] = string.IsNullOrEmpty(value) || value == NullMarker ? null : value;
        }

        return values;
    }
}
