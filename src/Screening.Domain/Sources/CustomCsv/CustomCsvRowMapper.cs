using System.Globalization;
using System.Text.RegularExpressions;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.CustomCsv;

/// <summary>Validates and maps one row of a custom list; every fault names the line and the field.</summary>
internal static partial class CustomCsvRowMapper
{
    public static SanctionedEntity Map(string source, string fileName, long line, Func<string, string?> field)
    {
        string Required(string column) =>
            field(column) ?? throw new ListParseException(fileName, $"field '{column}' is required", line, column);

        var id = Required(CustomCsvSchema.Id);
        var typeText = Required(CustomCsvSchema.Type);
        var type = typeText.ToLowerInvariant() switch
        {
            "individual" => EntityType.Individual,
            "entity" => EntityType.Entity,
            "vessel" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            _ => throw new ListParseException(fileName, $"field 'type' is '{typeText}'; expected individual, entity, vessel or aircraft", line, CustomCsvSchema.Type),
        };
        var primary = new EntityName(Required(CustomCsvSchema.Name), NameStrength.Strong, IsPrimary: true);
        var country = field(CustomCsvSchema.Country);

        return new SanctionedEntity
        {
            Id = $"{source}:{id}",
            Source = source,
            Type = type,
            PrimaryName = primary,
            Names = [primary, .. List(field(CustomCsvSchema.Aliases)).Select(alias => new EntityName(alias, NameStrength.Strong))],
            DigitalCurrencyAddresses = [.. List(field(CustomCsvSchema.WalletAddresses)).Select(Wallet)],
            DatesOfBirth = field(CustomCsvSchema.DateOfBirth) is { } dob ? [new DateOfBirth(Date(dob, fileName, line), null, dob)] : [],
            Nationalities = type == EntityType.Individual && country is not null ? [country] : [],
            Addresses = type != EntityType.Individual && country is not null ? [new PostalAddress(Country: country)] : [],
            Programs = List(field(CustomCsvSchema.Programs)),
            Remarks = field(CustomCsvSchema.Remarks),
        };
    }

    public static string IdOf(Func<string, string?> field) => field(CustomCsvSchema.Id) ?? string.Empty;

    private static string[] List(string? value) =>
        value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"ETH:0xabc..." names the chain; a bare address leaves it to the address codecs.</summary>
    private static DigitalCurrencyAddress Wallet(string value) =>
        ChainPrefix().Match(value) is { Success: true } match
            ? new DigitalCurrencyAddress(match.Groups["chain"].Value.ToUpperInvariant(), match.Groups["address"].Value.Trim())
            : new DigitalCurrencyAddress(CustomCsvSchema.UnspecifiedAsset, value);

    private static PartialDate Date(string text, string fileName, long line)
    {
        var parts = text.Split('-');
        var valid = parts.Length is >= 1 and <= 3
                    && parts[0].Length == 4 && parts.Skip(1).All(p => p.Length == 2)
                    && parts.All(p => p.All(char.IsAsciiDigit));
        if (valid)
        {
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
            int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            if (CalendarDates.Partial(year, month, day) is { } date)
            {
                return date;
            }
        }

        throw new ListParseException(fileName, $"field 'date_of_birth' is '{text}'; expected YYYY, YYYY-MM or YYYY-MM-DD", line, CustomCsvSchema.DateOfBirth);
    }

    [GeneratedRegex("^(?<chain>[A-Za-z][A-Za-z0-9]{1,9}):(?<address>.+)$")]
    private static partial Regex ChainPrefix();
}
