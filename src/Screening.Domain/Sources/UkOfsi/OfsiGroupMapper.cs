using System.Text.RegularExpressions;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// Merges the rows of one OFSI Group ID into one entity. OFSI repeats a party's details on every row
/// and writes one row per name variation (and per date of birth), so names and details are gathered
/// from all rows without repeats. The rows' shape is the one the FCDO UK Sanctions List also uses
/// for names, so a parser of that list can hand its rows here as well.
/// </summary>
internal static partial class OfsiGroupMapper
{
    public static SanctionedEntity Map(string groupId, IReadOnlyList<OfsiRow> rows, string source)
    {
        var primaryRow = rows.FirstOrDefault(IsPrimary) ?? rows[0];
        var primary = Name(primaryRow)! with { IsPrimary = true, Strength = NameStrength.Strong };
        var names = new List<EntityName> { primary };
        foreach (var row in rows)
        {
            if (Name(row) is { } name)
            {
                names.Add(name);
            }

            if (TextValues.NullIfBlank(row[OfsiColumns.NonLatinName]) is { } original)
            {
                names.Add(new EntityName(original, NameStrength.Strong,
                    Script: ScriptDetector.Detect(original) ?? TextValues.NullIfBlank(row[OfsiColumns.NonLatinScriptType]),
                    Language: TextValues.NullIfBlank(row[OfsiColumns.NonLatinScriptLanguage])));
            }
        }

        var otherInformation = Distinct(rows, OfsiColumns.OtherInformation);
        return new SanctionedEntity
        {
            Id = $"{source}:{groupId}",
            Source = source,
            Type = TypeOf(primaryRow[OfsiColumns.GroupType]),
            PrimaryName = primary,
            Names = DistinctNames(names),
            DatesOfBirth = [.. rows.Select(row => OfsiDates.Partial(row[OfsiColumns.DateOfBirth])).OfType<PartialDate>().Distinct().Select(date => new DateOfBirth(date))],
            PlacesOfBirth = [.. rows.Select(row => TextValues.JoinNonBlank(", ", row[OfsiColumns.TownOfBirth], row[OfsiColumns.CountryOfBirth])).OfType<string>().Distinct()],
            Nationalities = [.. rows.SelectMany(row => Numbered(row[OfsiColumns.Nationality])).Distinct()],
            Addresses = [.. rows.Select(Address).OfType<PostalAddress>().Distinct()],
            Documents = [.. rows.SelectMany(Documents).Distinct()],
            Programs = Distinct(rows, OfsiColumns.Regime),
            RelatedIds = [.. otherInformation.SelectMany(info => UnReference().Matches(info).Select(match => $"{ListSourceInference.UnitedNations}:{match.Groups["id"].Value}")).Distinct()],
            Title = TextValues.JoinNonBlank("; ", [.. Distinct(rows, OfsiColumns.Title), .. Distinct(rows, OfsiColumns.Position)]),
            Remarks = TextValues.JoinNonBlank("\n", [.. otherInformation]),
            ListedOn = rows.Select(row => OfsiDates.Full(row[OfsiColumns.ListedOn])).FirstOrDefault(date => date is not null),
        };
    }

    /// <summary>"Primary name" in both forms; the 2018 CSV has no alias type on some primary rows.</summary>
    private static bool IsPrimary(OfsiRow row) =>
        string.Equals(row[OfsiColumns.AliasType]?.Trim(), "Primary name", StringComparison.OrdinalIgnoreCase);

    private static EntityName? Name(OfsiRow row)
    {
        var given = OfsiColumns.GivenNames.Select(column => TextValues.NullIfBlank(row[column])).OfType<string>().ToList();
        var surname = TextValues.NullIfBlank(row[OfsiColumns.Surname]);
        var whole = TextValues.JoinNonBlank(" ", [.. given, surname]);
        if (whole is null)
        {
            return null;
        }

        // OFSI's Alias Quality "Low quality" is the UN's low-quality alias; "Good quality" and blank identify the party.
        var weak = row[OfsiColumns.AliasQuality]?.Trim().StartsWith("Low", StringComparison.OrdinalIgnoreCase) == true;
        var parts = given.Count == 0 && surname is null
            ? null
            : new NameParts(given.FirstOrDefault(), given.Count > 1 ? string.Join(' ', given.Skip(1)) : null, surname);
        return new EntityName(whole, weak ? NameStrength.Weak : NameStrength.Strong, Script: ScriptDetector.Detect(whole),
            Parts: TypeOf(row[OfsiColumns.GroupType]) == EntityType.Individual ? parts : null);
    }

    private static EntityType TypeOf(string? groupType) => groupType?.Trim().ToUpperInvariant() switch
    {
        "INDIVIDUAL" => EntityType.Individual,
        "SHIP" => EntityType.Vessel,
        _ => EntityType.Entity,
    };

    private static PostalAddress? Address(OfsiRow row)
    {
        var street = TextValues.JoinNonBlank(", ", [.. OfsiColumns.AddressLines.Select(column => row[column])]);
        var postCode = TextValues.NullIfBlank(row[OfsiColumns.PostCode]);
        var country = TextValues.NullIfBlank(row[OfsiColumns.Country]);
        return street is null && postCode is null && country is null ? null : new PostalAddress(Street: street, PostalCode: postCode, Country: country);
    }

    private static IEnumerable<IdentityDocument> Documents(OfsiRow row)
    {
        var passportNumber = TextValues.NullIfBlank(row[OfsiColumns.PassportNumber]);
        var passportDetails = TextValues.NullIfBlank(row[OfsiColumns.PassportDetails]);
        if (passportNumber is not null || passportDetails is not null)
        {
            yield return new IdentityDocument("Passport", passportNumber ?? passportDetails!, Remarks: passportNumber is null ? null : passportDetails);
        }

        var idNumber = TextValues.NullIfBlank(row[OfsiColumns.NationalIdNumber]) ?? TextValues.NullIfBlank(row[OfsiColumns.NationalIdNumber2018]);
        var idDetails = TextValues.NullIfBlank(row[OfsiColumns.NationalIdDetails]);
        if (idNumber is not null || idDetails is not null)
        {
            yield return new IdentityDocument("National identification", idNumber ?? idDetails!, Remarks: idNumber is null ? null : idDetails);
        }
    }

    /// <summary>"1) Saudi Arabia 2) Qatar": OFSI numbers the values of a multi-valued cell.</summary>
    private static IEnumerable<string> Numbered(string? cell) =>
        TextValues.NullIfBlank(cell) is { } text
            ? NumberedItem().Split(text).Select(TextValues.NullIfBlank).OfType<string>()
            : [];

    private static List<string> Distinct(IEnumerable<OfsiRow> rows, string column) =>
        [.. rows.Select(row => TextValues.NullIfBlank(row[column])).OfType<string>().Distinct()];

    private static List<EntityName> DistinctNames(List<EntityName> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. names.Where(name => seen.Add(name.Value))];
    }

    [GeneratedRegex(@"(?:^|\s)\d{1,2}\)\s*")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"UN\s*Ref(?:erence)?(?:\s*No\.?)?\)?\s*:?\s*(?<id>[A-Z]{2}[ie]\.\d{3})", RegexOptions.IgnoreCase)]
    private static partial Regex UnReference();
}
