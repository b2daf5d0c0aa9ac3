namespace Screening.Domain.Sources;

/// <summary>
/// What a parser reads: one file (XML, a custom CSV, a .zip holding an OFAC CSV set) or the files of
/// an OFAC CSV set (SDN.CSV with ADD/ALT/SDN_COMMENTS, or CONS_PRIM with its companions).
/// <see cref="Source"/> qualifies every entity id ("ofac-sdn", "ofac-cons", "un", "custom:acme").
/// </summary>
public sealed record ListInput(string Source, IReadOnlyList<ListFile> Files)
{
    public static ListInput FromFile(string source, string path) =>
        new(source, [new ListFile(Path.GetFileName(path), () => File.OpenRead(path))]);

    public static ListInput FromBytes(string source, string name, byte[] content) =>
        new(source, [new ListFile(name, () => new MemoryStream(content, writable: false))]);
}
