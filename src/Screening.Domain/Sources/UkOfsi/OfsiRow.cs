namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// One name row of the OFSI list, whichever form it came from: cell values by header name, with the
/// row's number in the file (Excel row, CSV line) for error messages. Names are compared without case.
/// </summary>
internal sealed class OfsiRow(long number, IReadOnlyDictionary<string, string> values)
{
    public long Number { get; } = number;

    public string? this[string column] => values.TryGetValue(column, out var value) ? value : null;
}
