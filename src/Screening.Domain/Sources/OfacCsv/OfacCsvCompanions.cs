using System.Text;
using Screening.Domain.Model;

namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// The ADD, ALT and comments rows of a set, grouped by ent_num, read before the primary file so each
/// primary row can be completed as it streams by. Remembers where each ent_num first appeared, so a
/// row pointing at an unknown entry can be reported by file and line.
/// </summary>
internal sealed class OfacCsvCompanions
{
    private readonly Dictionary<string, List<PostalAddress>> _addresses = [];
    private readonly Dictionary<string, List<(string? Type, string Name)>> _aliases = [];
    private readonly Dictionary<string, StringBuilder> _comments = [];
    private readonly Dictionary<(OfacCsvFileKind, string), (string File, long Line)> _firstSeen = [];

    public void AddAddress(string file, long line, string?[] row) =>
        Add(_addresses, OfacCsvFileKind.Addresses, file, line, row[0],
            new PostalAddress(Street: row[2], City: row[3], Country: row[4], Remarks: row[5]));

    public void AddAlias(string file, long line, string?[] row)
    {
        var name = row[3] ?? throw new ListParseException(file, "alias row without alt_name", line);
        Add(_aliases, OfacCsvFileKind.Aliases, file, line, row[0], (row[2], name));
    }

    public void AddComment(string file, long line, string?[] row)
    {
        var entNum = Key(file, line, row[0]);
        _firstSeen.TryAdd((OfacCsvFileKind.Comments, entNum), (file, line));
        if (!_comments.TryGetValue(entNum, out var text))
        {
            _comments[entNum] = text = new StringBuilder();
        }

        // Remarks are cut at 1,000 characters mid-word; the continuation follows with no separator.
        text.Append(row[1]);
    }

    public IReadOnlyList<PostalAddress> AddressesOf(string entNum) => _addresses.TryGetValue(entNum, out var list) ? list : [];

    public IReadOnlyList<(string? Type, string Name)> AliasesOf(string entNum) => _aliases.TryGetValue(entNum, out var list) ? list : [];

    public string? CommentsOf(string entNum) => _comments.TryGetValue(entNum, out var text) ? text.ToString() : null;

    /// <summary>The first companion row whose ent_num is not among <paramref name="known"/>, if any.</summary>
    public (string File, long Line, string EntNum)? FirstUnknownReference(IReadOnlySet<string> known) =>
        _firstSeen.Where(pair => !known.Contains(pair.Key.Item2))
            .Select(pair => ((string File, long Line, string EntNum)?)(pair.Value.File, pair.Value.Line, pair.Key.Item2))
            .OrderBy(found => found!.Value.File, StringComparer.Ordinal).ThenBy(found => found!.Value.Line)
            .FirstOrDefault();

    private void Add<T>(Dictionary<string, List<T>> target, OfacCsvFileKind kind, string file, long line, string? entNumText, T value)
    {
        var entNum = Key(file, line, entNumText);
        _firstSeen.TryAdd((kind, entNum), (file, line));
        if (!target.TryGetValue(entNum, out var list))
        {
            target[entNum] = list = [];
        }

        list.Add(value);
    }

    private static string Key(string file, long line, string? entNum) =>
        entNum is not null && entNum.All(char.IsAsciiDigit)
            ? entNum
            : throw new ListParseException(file, $"ent_num '{entNum}' is not a number", line);
}
