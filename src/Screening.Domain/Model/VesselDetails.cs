namespace Screening.Domain.Model;

/// <summary>Vessel and aircraft particulars published with the entry.</summary>
public sealed record VesselDetails(
    string? CallSign = null,
    string? VesselType = null,
    string? Tonnage = null,
    string? GrossRegisteredTonnage = null,
    string? Flag = null,
    string? Owner = null);
