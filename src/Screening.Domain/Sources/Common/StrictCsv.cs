using CsvHelper;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// The one way this code base reads CSV: RFC 4180 quoting, commas, line numbers kept for error reports, and malformed
/// quoting thrown rather than guessed at, so a broken file is reported by line instead of read wrongly.
/// </summary>
internal static class StrictCsv
{
    /// <summary>A file whose first line is its header, values trimmed, empty lines skipped.</summary>
    public static readonly CsvReaderOptions WithHeader = CsvReaderOptions.Default with
    {
        HasHeader = true,
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };
}
