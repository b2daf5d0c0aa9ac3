namespace Screening.Domain.Model;

/// <summary>An identity document or registration number (passport, national ID, IMO, tax ID, ...).</summary>
public sealed record IdentityDocument(
    string Type,
    string Number,
    string? Country = null,
    string? IssuedOn = null,
    string? ExpiresOn = null,
    string? Remarks = null);
