using Screening.Domain.Model;

namespace Screening.Domain.Tests.Names;

/// <summary>Builds <see cref="SanctionedEntity"/> values from real SDN entries for engine tests.</summary>
internal static class TestEntities
{
    public static SanctionedEntity Entity(
        string id,
        EntityType type,
        string primary,
        string[]? aliases = null,
        (string Value, string Script)[]? originalScript = null,
        string[]? weakAliases = null,
        PartialDate? dateOfBirth = null,
        string? country = null)
    {
        var primaryName = new EntityName(primary, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity
        {
            Id = $"ofac-sdn:{id}",
            Source = "ofac-sdn",
            Type = type,
            PrimaryName = primaryName,
            Names =
            [
                primaryName,
                .. (aliases ?? []).Select(a => new EntityName(a, NameStrength.Strong)),
                .. (weakAliases ?? []).Select(a => new EntityName(a, NameStrength.Weak)),
                .. (originalScript ?? []).Select(o => new EntityName(o.Value, NameStrength.Strong, Script: o.Script)),
            ],
            DatesOfBirth = dateOfBirth is null ? [] : [new DateOfBirth(dateOfBirth)],
            Addresses = country is null ? [] : [new PostalAddress(Country: country)],
        };
    }

    /// <summary>An organization of source "test" known by one strong name, for index tests that build their own list.</summary>
    public static SanctionedEntity Organization(string id, string name)
    {
        var primary = new EntityName(name, NameStrength.Strong, IsPrimary: true);
        return new SanctionedEntity { Id = $"test:{id}", Source = "test", Type = EntityType.Entity, PrimaryName = primary, Names = [primary] };
    }

    /// <summary>A small list of real 2021 SDN entries (ids, names and aliases as published).</summary>
    public static IReadOnlyList<SanctionedEntity> Sample { get; } =
    [
        Entity("1572", EntityType.Individual, "NORIEGA, Manuel Antonio"),
        Entity("2676", EntityType.Individual, "AL ZAWAHIRI, Dr. Ayman", dateOfBirth: new PartialDate(1951, 6, 19), country: "Egypt"),
        Entity("6365", EntityType.Individual, "BIN LADIN, Usama bin Muhammad bin Awad", aliases: ["BIN LADIN, Usama"], dateOfBirth: new PartialDate(1957, 7, 30)),
        Entity("20157", EntityType.Individual, "KIM, Jong Un", originalScript: [("김정은", "Hang")], dateOfBirth: new PartialDate(1984, 1, 8), country: "Korea, North"),
        Entity("21171", EntityType.Individual, "PRIGOZHIN, Yevgeniy Viktorovich", originalScript: [("Пригожин, Евгений Викторович", "Cyrl")], dateOfBirth: new PartialDate(1961, 6, 1), country: "Russia"),
        Entity("23215", EntityType.Individual, "RI, Pyong Chol", dateOfBirth: new PartialDate(1948, 8, 16)),
        Entity("23213", EntityType.Individual, "CHOE, Ryong Hae", dateOfBirth: new PartialDate(1950, 1, 15)),
        Entity("18848", EntityType.Individual, "KIM, Kwang Hyok"),
        Entity("11695", EntityType.Entity, "AL-QA'IDA IN THE ARABIAN PENINSULA", aliases: ["AL-QA'IDA IN YEMEN", "AQAP"], weakAliases: ["ANSAR AL-SHARIA"]),
        Entity("11581", EntityType.Entity, "KOREA KWANGSON BANKING CORP"),
        Entity("173", EntityType.Entity, "ANGLO-CARIBBEAN CO., LTD.", aliases: ["AVIA IMPORT"]),
        Entity("18299", EntityType.Entity, "ROSNEFT TRADING S.A."),
        Entity("17088", EntityType.Vessel, "HYOK SIN 2"),
        Entity("4234", EntityType.Vessel, "HERMANN"),
        Entity("36", EntityType.Entity, "AEROCARIBBEAN AIRLINES", aliases: ["AERO-CARIBBEAN"]),
    ];
}
