using Screening.Domain.Model;

namespace Screening.Domain.Sources.OfacCommon;

/// <summary>Recognizes OFAC's identifier and feature type labels that carry a wallet address.</summary>
internal static class OfacIdentifiers
{
    private const string DigitalCurrencyPrefix = "Digital Currency Address - ";

    /// <summary>The asset label of a "Digital Currency Address - XBT" type, or null for any other type.</summary>
    public static string? DigitalCurrencyAsset(string identifierType)
    {
        var type = identifierType.Trim();
        return type.StartsWith(DigitalCurrencyPrefix, StringComparison.OrdinalIgnoreCase) && type.Length > DigitalCurrencyPrefix.Length
            ? type[DigitalCurrencyPrefix.Length..].Trim()
            : null;
    }

    /// <summary>OFAC leaves the type empty ("-0-" in CSV) for entities; null means a label OFAC does not use.</summary>
    public static EntityType? EntityTypeOf(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        null or "" or "-0-" or "entity" => EntityType.Entity,
        "individual" => EntityType.Individual,
        "vessel" => EntityType.Vessel,
        "aircraft" => EntityType.Aircraft,
        _ => null,
    };

    /// <summary>OFAC writes individuals "LAST, First"; entities have one name.</summary>
    public static EntityName Name(string? first, string last, NameStrength strength, bool isPrimary) =>
        string.IsNullOrWhiteSpace(first)
            ? new EntityName(last.Trim(), strength, isPrimary)
            : new EntityName($"{last.Trim()}, {first.Trim()}", strength, isPrimary, Parts: new NameParts(first.Trim(), null, last.Trim()));
}
