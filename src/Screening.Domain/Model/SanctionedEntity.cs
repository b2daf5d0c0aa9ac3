namespace Screening.Domain.Model;

/// <summary>
/// One designated party, normalized from any source format.
/// <see cref="Id"/> is qualified by source ("ofac-sdn:36", "un:KPi.033") and stable across versions.
/// </summary>
public sealed record SanctionedEntity
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required EntityType Type { get; init; }

    /// <summary>The primary name, also present in <see cref="Names"/> with IsPrimary set.</summary>
    public required EntityName PrimaryName { get; init; }

    /// <summary>Every name: the primary one first, then aliases and original-script names.</summary>
    public IReadOnlyList<EntityName> Names { get; init; } = [];
    public IReadOnlyList<DateOfBirth> DatesOfBirth { get; init; } = [];
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    public IReadOnlyList<string> Citizenships { get; init; } = [];
    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];
    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];
    public IReadOnlyList<DigitalCurrencyAddress> DigitalCurrencyAddresses { get; init; } = [];
    public IReadOnlyList<string> Programs { get; init; } = [];
    /// <summary>Names of parties this entry is linked to (OFAC "Linked To:", enhanced XML relationships).</summary>
    public IReadOnlyList<string> LinkedTo { get; init; } = [];
    /// <summary>
    /// Ids of the same party on other lists, qualified like <see cref="Id"/> ("un:KPi.001"): the UN reference
    /// number the MOF and EU lists give, so an entry can be tied to its UN record.
    /// </summary>
    public IReadOnlyList<string> RelatedIds { get; init; } = [];

    /// <summary>
    /// Markers the source sets on an entry, as published: MOF "#" (designated in coordination with the US/EU,
    /// or also under the UN resolutions, as the sheet's note says) and "*" (also on another MOF programme).
    /// </summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
    public VesselDetails? Vessel { get; init; }
    public string? Title { get; init; }
    public string? Remarks { get; init; }
    public DateOnly? ListedOn { get; init; }
}
