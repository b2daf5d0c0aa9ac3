namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// How strictly an OFAC CSV set is checked. By default an ADD, ALT or comments row for an ent_num
/// missing from the primary file fails the parse: in a published set that means a mismatched or
/// damaged file. Tolerating it exists only for hand-picked excerpts (test fixtures) that are not
/// referentially closed; such rows are then ignored.
/// </summary>
public sealed record OfacCsvOptions(bool TolerateUnknownEntityReferences = false)
{
    public static OfacCsvOptions Strict { get; } = new();
}
