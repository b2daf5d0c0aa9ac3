using CsvHelper;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.CustomCsv;

/// <summary>
/// A compliance team's own list: UTF-8 CSV (byte order mark optional, RFC 4180 quoting) with the
/// header documented in docs/custom-lists.md. Recognized by that header row.
/// </summary>
public sealed class CustomCsvParser : IListParser
{
    private static readonly CsvReaderOptions Options = StrictCsv.WithHeader;

    public ListFormat Format => ListFormat.CustomCsv;

    public bool Recognizes(ListInput input) =>
        input.Files is [var file] && !ListContent.IsZip(file) && CustomCsvSchema.IsHeader(CustomCsvSchema.SplitHeader(ListContent.FirstLine(file)));

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        if (input.Files is not [var file])
        {
            throw new ListParseException(string.Join(", ", input.Files.Select(f => f.Name)), "a custom list is exactly one CSV file");
        }

        var entities = new List<SanctionedEntity>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        byte[] digest;
        try
        {
            using var hashing = new HashingReadStream(file.Open());
            using (var reader = CsvReader.Create(hashing, Options, leaveOpen: true))
            {
                var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
                if (!CustomCsvSchema.IsHeader(header))
                {
                    throw new ListParseException(file.Name, $"the header must hold id, type and name and only these columns: {string.Join(',', CustomCsvSchema.Columns)}", 1);
                }

                var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
                string? Field(string column) =>
                    index.TryGetValue(column, out var i) && i < reader.FieldCount ? TextValues.NullIfBlank(reader.GetString(i)) : null;

                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var line = reader.LineNumber;
                    if (reader.FieldCount > header.Count)
                    {
                        throw new ListParseException(file.Name, $"the row has {reader.FieldCount} fields but the header has {header.Count}", line);
                    }

                    var entity = CustomCsvRowMapper.Map(input.Source, file.Name, line, Field);
                    var id = CustomCsvRowMapper.IdOf(Field);
                    if (!lines.TryAdd(id, line))
                    {
                        throw new ListParseException(file.Name, $"field 'id' value '{id}' was already used on line {lines[id]}", line, CustomCsvSchema.Id);
                    }

                    entities.Add(entity);
                }
            }

            digest = hashing.Finish();
        }
        catch (CsvFormatException ex)
        {
            throw new ListParseException(file.Name, $"broken CSV: {ex.Message}", ex.LineNumber > 0 ? ex.LineNumber : null, inner: ex);
        }
        catch (IOException ex)
        {
            throw new ListParseException(file.Name, $"the file could not be read: {ex.Message}", inner: ex);
        }

        if (entities.Count == 0)
        {
            throw new ListParseException(file.Name, "the list has a header but no entries");
        }

        return new ParsedList(new ListMetadata(input.Source, Format, null, null, entities.Count, ContentHash.ToHex(digest)), entities);
    }
}
