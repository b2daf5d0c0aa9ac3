namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// The column layout of each OFAC CSV file (no header row) and a cheap check of a first row,
/// used to recognise the format by content.
/// </summary>
internal static class OfacCsvShape
{
    public static int FieldCount(OfacCsvFileKind kind) => kind switch
    {
        OfacCsvFileKind.Primary => 12,
        OfacCsvFileKind.Addresses => 6,
        OfacCsvFileKind.Aliases => 5,
        OfacCsvFileKind.Comments => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>True when the line is an OFAC primary record: 12 fields, a numeric ent_num, a quoted name.</summary>
    public static bool LooksLikePrimaryRow(string line)
    {
        var fields = SplitQuoted(line);
        return fields.Count == FieldCount(OfacCsvFileKind.Primary)
               && fields[0].Length > 0 && fields[0].All(char.IsAsciiDigit)
               && line.Contains(",\"", StringComparison.Ordinal);
    }

    private static List<string> SplitQuoted(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }
}
