namespace Screening.Domain.Addresses;

/// <summary>A listed value that is no valid address of any family; it is still matched verbatim (trimmed, case-sensitive).</summary>
/// <param name="Code">The recognition error code (<see cref="AddressErrorCodes"/>).</param>
public sealed record UnrecognizedListedAddress(string EntityId, string Asset, string Value, string Code, string Reason);
