namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// Turns the raw rows of either form into <see cref="OfsiRow"/>s: an optional "Last Updated" note row,
/// then the header row, then name rows. Shared by the Excel and CSV readers so both forms read alike.
/// </summary>
internal sealed class OfsiTable(string fileName)
{
    private List<string>? _header;

    public DateTimeOffset? LastUpdated { get; private set; }

    public bool HasHeader => _header is not null;

    /// <summary>The row as an <see cref="OfsiRow"/>, or null for the note row, the header row and blank rows.</summary>
    public OfsiRow? Accept(long number, IReadOnlyList<string?> cells)
    {
        if (_header is null)
        {
            if (OfsiColumns.IsHeader(cells))
            {
                _header = [.. cells.Select(cell => cell?.Trim() ?? string.Empty)];
            }
            else if (cells.Count > 1 && string.Equals(cells[0]?.Trim(), OfsiColumns.LastUpdatedLabel, StringComparison.OrdinalIgnoreCase))
            {
                LastUpdated = OfsiDates.Full(cells[1]) is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            }
            else if (cells.Any(cell => !string.IsNullOrWhiteSpace(cell)))
            {
                throw new ListParseException(fileName, $"expected the header row (with {OfsiColumns.Surname} and {OfsiColumns.GroupId}) before any data", number);
            }

            return null;
        }

        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Count && i < _header.Count; i++)
        {
            if (_header[i].Length > 0 && !string.IsNullOrWhiteSpace(cells[i]))
            {
                values[_header[i]] = cells[i]!.Trim();
            }
        }

        return new OfsiRow(number, values);
    }
}
