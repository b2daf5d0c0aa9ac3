using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Screening.Domain.Model;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// Test-only reader of the 2021 OFAC SDN CSV set (sdn.csv + alt.csv + add.csv) for the name-matching
/// evaluation, until the production parser (Sources/OfacCsv ListReader) lands in main. Reads names, aliases,
/// dates of birth and nationalities from Remarks, and address countries.
/// </summary>
internal static partial class OfacSdnCsvTestLoader
{
    private static readonly Lazy<IReadOnlyList<SanctionedEntity>> Cached = new(() => Load(DataFiles.Path("ofac", "sdn_csv_2021-07-07_full_set")));

    public static IReadOnlyList<SanctionedEntity> Sdn2021 => Cached.Value;

    public static IReadOnlyList<SanctionedEntity> Load(string directory)
    {
        var aliases = Rows(Path.Combine(directory, "alt.csv"))
            .GroupBy(r => r[0]!)
            .ToDictionary(g => g.Key, g => g.Select(r => r[3]).Where(v => v is not null).Select(v => v!).ToList());
        var countries = Rows(Path.Combine(directory, "add.csv"))
            .Where(r => r.Length > 4 && r[4] is not null)
            .GroupBy(r => r[0]!)
            .ToDictionary(g => g.Key, g => g.Select(r => r[4]!).Distinct().ToList());
        var entities = new List<SanctionedEntity>();
        foreach (var row in Rows(Path.Combine(directory, "sdn.csv")))
        {
            var id = row[0]!;
            var primary = new EntityName(row[1]!, NameStrength.Strong, IsPrimary: true);
            var remarks = row.Length > 11 ? row[11] : null;
            entities.Add(new SanctionedEntity
            {
                Id = $"ofac-sdn:{id}",
                Source = "ofac-sdn",
                Type = row[2] switch
                {
                    "individual" => EntityType.Individual,
                    "vessel" => EntityType.Vessel,
                    "aircraft" => EntityType.Aircraft,
                    _ => EntityType.Entity,
                },
                PrimaryName = primary,
                Names = [primary, .. aliases.GetValueOrDefault(id, []).Select(a => new EntityName(a, NameStrength.Strong))],
                DatesOfBirth = DatesOfBirth(remarks),
                Nationalities = remarks is null ? [] : [.. NationalityPattern().Matches(remarks).Select(m => m.Groups[1].Value.Trim())],
                Addresses = [.. countries.GetValueOrDefault(id, []).Select(c => new PostalAddress(Country: c))],
                Remarks = remarks,
            });
        }

        return entities;
    }

    private static List<DateOfBirth> DatesOfBirth(string? remarks)
    {
        var dates = new List<DateOfBirth>();
        if (remarks is null)
        {
            return dates;
        }

        foreach (Match match in DobPattern().Matches(remarks))
        {
            var years = YearPattern().Matches(match.Groups[1].Value).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
            if (years.Count == 1)
            {
                dates.Add(new DateOfBirth(new PartialDate(years[0])));
            }
            else if (years.Count >= 2)
            {
                dates.Add(new DateOfBirth(new PartialDate(years[0]), new PartialDate(years[^1])));
            }
        }

        return dates;
    }

    /// <summary>Minimal RFC 4180 reading (quoted fields with doubled quotes), enough for OFAC's files.</summary>
    private static IEnumerable<string?[]> Rows(string path)
    {
        var text = File.ReadAllText(path, Encoding.Latin1);
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(Clean(field.ToString()));
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(Clean(field.ToString()));
                field.Clear();
                if (fields.Count >= 3)
                {
                    yield return [.. fields];
                }

                fields.Clear();
            }
            else if (c is not ('\r' or '\u001A'))
            {
                field.Append(c);
            }
        }

        fields.Add(Clean(field.ToString()));
        if (fields.Count >= 3)
        {
            yield return [.. fields];
        }
    }

    private static string? Clean(string? field)
    {
        var trimmed = field?.Trim();
        return trimmed is null or "-0-" ? null : trimmed;
    }

    [GeneratedRegex(@"DOB ([^;]+)")]
    private static partial Regex DobPattern();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"nationality ([A-Za-z ,]+?)(?:;|\.|$)")]
    private static partial Regex NationalityPattern();
}
