using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// OFAC's CSV sets: SDN.CSV with ADD/ALT/SDN_COMMENTS, or CONS_PRIM.CSV with CONS_ADD/CONS_ALT/CONS_COMMENTS,
/// as loose files or in the published .zip. Companions are read first (they are small and keyed by
/// ent_num), then the primary file streams by, so memory follows the entities produced.
/// </summary>
public sealed class OfacCsvParser(OfacCsvOptions options) : IListParser
{
    public OfacCsvParser() : this(OfacCsvOptions.Strict) { }

    public ListFormat Format => ListFormat.OfacCsv;

    public bool Recognizes(ListInput input) => OfacCsvFileSet.Find(ArchiveExpansion.Expand(input)) is not null;

    public ParsedList Parse(ListInput input, CancellationToken cancellationToken = default)
    {
        var expanded = ArchiveExpansion.Expand(input);
        var set = OfacCsvFileSet.Find(expanded)
                  ?? throw new ListParseException(input.Files.Count > 0 ? input.Files[0].Name : "(no file)", "no OFAC primary CSV (SDN.CSV or CONS_PRIM.CSV with 12 columns) in the input");

        var digests = new Dictionary<OfacCsvFileKind, byte[]>();
        var companions = new OfacCsvCompanions();
        ReadCompanion(set, OfacCsvFileKind.Comments, companions.AddComment, digests, cancellationToken);
        ReadCompanion(set, OfacCsvFileKind.Addresses, companions.AddAddress, digests, cancellationToken);
        ReadCompanion(set, OfacCsvFileKind.Aliases, companions.AddAlias, digests, cancellationToken);

        var entities = new List<SanctionedEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var primary = set.Primary;
        digests[OfacCsvFileKind.Primary] = OfacCsvRows.Read(primary, OfacCsvFileKind.Primary, (row, line) =>
        {
            if (row[0] is not { } entNum || !entNum.All(char.IsAsciiDigit))
            {
                throw new ListParseException(primary.Name, $"ent_num '{row[0]}' is not a number", line);
            }

            if (!seen.Add(entNum))
            {
                throw new ListParseException(primary.Name, $"ent_num {entNum} appears twice", line);
            }

            entities.Add(OfacCsvEntityBuilder.Build(input.Source, primary.Name, line, row, companions));
        }, cancellationToken);

        if (entities.Count == 0)
        {
            throw new ListParseException(primary.Name, "the primary file holds no records");
        }

        if (!options.TolerateUnknownEntityReferences && companions.FirstUnknownReference(seen) is { } dangling)
        {
            throw new ListParseException(dangling.File, $"row refers to ent_num {dangling.EntNum}, which is not in {primary.Name}", dangling.Line);
        }

        var hash = ContentHash.OfFileSet(Enum.GetValues<OfacCsvFileKind>().Where(digests.ContainsKey).Select(kind => digests[kind]));
        return new ParsedList(new ListMetadata(input.Source, Format, null, null, entities.Count, hash), entities);
    }

    private static void ReadCompanion(
        OfacCsvFileSet set, OfacCsvFileKind kind, Action<string, long, string?[]> add, Dictionary<OfacCsvFileKind, byte[]> digests, CancellationToken cancellationToken)
    {
        if (set.Files.TryGetValue(kind, out var file))
        {
            digests[kind] = OfacCsvRows.Read(file, kind, (row, line) => add(file.Name, line, row), cancellationToken);
        }
    }
}
