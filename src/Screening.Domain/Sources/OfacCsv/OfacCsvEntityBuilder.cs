using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Sources.OfacCsv;

/// <summary>
/// Turns one primary row (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
/// Tonnage, GRT, Vess_flag, Vess_owner, Remarks) and its companion rows into an entity.
/// </summary>
internal static class OfacCsvEntityBuilder
{
    public static SanctionedEntity Build(string source, string fileName, long line, string?[] row, OfacCsvCompanions companions)
    {
        var entNum = row[0]!;
        var type = OfacIdentifiers.EntityTypeOf(row[2])
                   ?? throw new ListParseException(fileName, $"unknown SDN_Type '{row[2]}' for ent_num {entNum}", line);
        var name = row[1] ?? throw new ListParseException(fileName, $"ent_num {entNum} has no SDN_Name", line);

        // Join before extracting: a wallet address or a.k.a. can straddle the 1,000-character cut.
        var remarks = Join(row[11], companions.CommentsOf(entNum));
        var facts = OfacRemarksParser.Parse(remarks);
        var isIndividual = type == EntityType.Individual;

        var primary = NameOf(name, isIndividual, NameStrength.Strong, isPrimary: true);
        List<EntityName> names = [primary];
        names.AddRange(companions.AliasesOf(entNum).Select(alias => NameOf(alias.Name, isIndividual, NameStrength.Strong, isPrimary: false)));
        names.AddRange(facts.WeakAliases);

        return new SanctionedEntity
        {
            Id = $"{source}:{entNum}",
            Source = source,
            Type = type,
            PrimaryName = primary,
            Names = names,
            DatesOfBirth = facts.DatesOfBirth,
            PlacesOfBirth = facts.PlacesOfBirth,
            Nationalities = facts.Nationalities,
            Citizenships = facts.Citizenships,
            Addresses = [.. companions.AddressesOf(entNum).Where(HasContent)],
            Documents = facts.Documents,
            DigitalCurrencyAddresses = facts.DigitalCurrencyAddresses,
            Programs = Programs(row[3]),
            Vessel = Vessel(row),
            Title = row[4],
            Remarks = remarks,
            LinkedTo = facts.LinkedTo,
        };
    }

    /// <summary>"SDGT] [IFSR" (the outer brackets are the CSV's own) becomes SDGT, IFSR.</summary>
    internal static IReadOnlyList<string> Programs(string? column) =>
        column is null
            ? []
            : [.. column.Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(program => program.Trim('[', ']', ' '))
                .Where(program => program.Length > 0)];

    private static EntityName NameOf(string value, bool isIndividual, NameStrength strength, bool isPrimary)
    {
        var comma = value.IndexOf(", ", StringComparison.Ordinal);
        return isIndividual && comma > 0
            ? new EntityName(value, strength, isPrimary, Parts: new NameParts(value[(comma + 2)..].Trim(), null, value[..comma].Trim()))
            : new EntityName(value, strength, isPrimary);
    }

    private static VesselDetails? Vessel(string?[] row) =>
        row[5] is null && row[6] is null && row[7] is null && row[8] is null && row[9] is null && row[10] is null
            ? null
            : new VesselDetails(row[5], row[6], row[7], row[8], row[9], row[10]);

    private static string? Join(string? remarks, string? continuation) =>
        continuation is null ? remarks : TextValues.NullIfBlank((remarks ?? string.Empty) + continuation);

    private static bool HasContent(PostalAddress address) =>
        address.Street is not null || address.City is not null || address.Country is not null || address.Remarks is not null;
}
