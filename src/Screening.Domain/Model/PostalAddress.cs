namespace Screening.Domain.Model;

/// <summary>A listed address. Any part may be missing; <see cref="Country"/> is the source's country name.</summary>
public sealed record PostalAddress(
    string? Street = null,
    string? City = null,
    string? StateOrProvince = null,
    string? PostalCode = null,
    string? Country = null,
    string? Remarks = null);
