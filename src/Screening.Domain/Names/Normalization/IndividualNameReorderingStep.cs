namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 5: OFAC writes individuals as "LASTNAME, First Middle"; this step turns that into natural order
/// ("First Middle LASTNAME") so explanations read naturally and joined-token checks see neighbours in
/// the order people write them. Only applied to individuals, and only when there is exactly one comma
/// (company names such as "ANGLO-CARIBBEAN CO., LTD." also contain commas).
/// </summary>
internal static class IndividualNameReorderingStep
{
    public static string Apply(string value, bool isIndividual)
    {
        if (!isIndividual)
        {
            return value;
        }

        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma != value.LastIndexOf(',') || comma == value.Length - 1)
        {
            return value;
        }

        var family = value[..comma].Trim();
        var given = value[(comma + 1)..].Trim();
        return given.Length == 0 ? family : given + " " + family;
    }
}
