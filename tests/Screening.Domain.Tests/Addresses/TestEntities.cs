using Screening.Domain.Model;

namespace Screening.Domain.Tests.Addresses;

/// <summary>Builds minimal entities that carry digital currency addresses (the list parsers live elsewhere).</summary>
internal static class TestEntities
{
    public static SanctionedEntity WithAddresses(string id, params (string Asset, string Value)[] addresses) => new()
    {
        Id = id,
        Source = "test",
        Type = EntityType.Entity,
        PrimaryName = new EntityName(id, NameStrength.Strong, IsPrimary: true),
        DigitalCurrencyAddresses = [.. addresses.Select(a => new DigitalCurrencyAddress(a.Asset, a.Value))],
    };
}
