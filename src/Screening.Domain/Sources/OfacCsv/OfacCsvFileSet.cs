using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// The files of one OFAC CSV set, found by their published names (case-insensitive) or, for a lone
/// file under another name, by the shape of its first row. Only the primary file is required.
/// </summary>
internal sealed record OfacCsvFileSet(IReadOnlyDictionary<OfacCsvFileKind, ListFile> Files)
{
    private static readonly Dictionary<string, OfacCsvFileKind> PublishedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SDN.CSV"] = OfacCsvFileKind.Primary,
        ["ADD.CSV"] = OfacCsvFileKind.Addresses,
        ["ALT.CSV"] = OfacCsvFileKind.Aliases,
        ["SDN_COMMENTS.CSV"] = OfacCsvFileKind.Comments,
        ["CONS_PRIM.CSV"] = OfacCsvFileKind.Primary,
        ["CONS_ADD.CSV"] = OfacCsvFileKind.Addresses,
        ["CONS_ALT.CSV"] = OfacCsvFileKind.Aliases,
        ["CONS_COMMENTS.CSV"] = OfacCsvFileKind.Comments,
    };

    public ListFile Primary => Files[OfacCsvFileKind.Primary];

    /// <summary>The set in the input, or null when the input holds no OFAC primary CSV file.</summary>
    public static OfacCsvFileSet? Find(ListInput input)
    {
        var files = new Dictionary<OfacCsvFileKind, ListFile>();
        foreach (var file in input.Files)
        {
            if (PublishedNames.TryGetValue(Path.GetFileName(file.Name), out var kind))
            {
                if (!files.TryAdd(kind, file))
                {
                    throw new ListParseException(file.Name, $"the set holds two {kind} files ({files[kind].Name} and {file.Name})");
                }
            }
        }

        if (!files.ContainsKey(OfacCsvFileKind.Primary) && input.Files.Count == 1)
        {
            files[OfacCsvFileKind.Primary] = input.Files[0];
        }

        return files.TryGetValue(OfacCsvFileKind.Primary, out var primary) && OfacCsvShape.LooksLikePrimaryRow(ListContent.FirstLine(primary))
            ? new OfacCsvFileSet(files)
            : null;
    }

    /// <summary>True for the SDN set (SDN.CSV), false for the consolidated set (CONS_PRIM.CSV).</summary>
    public bool IsConsolidated => Path.GetFileName(Primary.Name).StartsWith("CONS", StringComparison.OrdinalIgnoreCase);
}
