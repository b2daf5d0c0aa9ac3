using CsvHelper;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Monitoring;

/// <summary>
/// Reads a subjects import file (UTF-8 CSV, RFC 4180 quoting, header row; columns in docs/monitoring.md) one row at a
/// time, so a file of any size is read in constant memory. A row the file's structure breaks (more fields than the
/// header) is returned with its error and reading goes on; broken quoting ends the file at that line, since no row
/// boundary after it can be trusted.
/// </summary>
public static class SubjectCsv
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string DateOfBirth = "date_of_birth";
    public const string Country = "country";
    public const string Wallets = "wallets";
    public const string ClientReference = "client_reference";
    public static readonly string[] Columns = [Id, Kind, Name, Aliases, DateOfBirth, Country, Wallets, ClientReference];

    private static readonly CsvReaderOptions Options = StrictCsv.WithHeader;

    /// <summary>The rows of the file; throws <see cref="SubjectCsvException"/> when the header is not a subjects header.</summary>
    public static IEnumerable<SubjectCsvRow> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = CsvReader.Create(stream, Options, leaveOpen: true);
        var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.Contains(Id) || !header.Contains(Kind) || header.Any(h => !Columns.Contains(h)) || header.Distinct().Count() != header.Count)
        {
            throw new SubjectCsvException($"the header must hold id and kind and only these columns, each once: {string.Join(',', Columns)}");
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? broken = null;
            long brokenLine = 0;
            var read = false;
            try
            {
                read = reader.Read();
            }
            catch (CsvFormatException exception)
            {
                broken = $"broken CSV, the rest of the file is not read: {exception.Message}";
                brokenLine = exception.LineNumber;
            }

            if (broken is not null)
            {
                yield return new SubjectCsvRow(brokenLine, new Dictionary<string, string?>(), broken);
                yield break;
            }

            if (!read)
            {
                yield break;
            }

            var line = reader.LineNumber;
            if (reader.FieldCount > header.Count)
            {
                yield return new SubjectCsvRow(line, new Dictionary<string, string?>(), $"the row has {reader.FieldCount} fields but the header has {header.Count}");
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var value = i < reader.FieldCount ? reader.GetString(i) : null;
                fields[header[i]] = string.IsNullOrWhiteSpace(value) ? null : value;
            }

            yield return new SubjectCsvRow(line, fields, null);
        }
    }

    /// <summary>A <c>;</c>-separated field as its items, blanks dropped.</summary>
    public static IReadOnlyList<string> Items(string? field) =>
        field is null ? [] : [.. field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A wallet item: <c>CHAIN:address</c> when the prefix is an upper-case chain code (ETH, TRX, XBT), else a bare address.</summary>
    public static SubjectWallet Wallet(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 1 and <= 10 && item[..colon].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            return new SubjectWallet(item[(colon + 1)..].Trim(), item[..colon]);
        }

        return new SubjectWallet(item);
    }
}

/// <summary>One data row: its line, its fields by column, or why the row could not be read.</summary>
public sealed record SubjectCsvRow(long Line, IReadOnlyDictionary<string, string?> Fields, string? Error)
{
    public string? this[string column] => Fields.TryGetValue(column, out var value) ? value : null;
}

/// <summary>The file is not a subjects import (its header); nothing in it is imported.</summary>
public sealed class SubjectCsvException : Exception
{
    public SubjectCsvException()
    {
    }

    public SubjectCsvException(string message)
        : base(message)
    {
    }

    public SubjectCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
