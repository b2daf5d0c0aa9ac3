namespace Screening.Domain.Addresses;

/// <summary>Stable error codes of address recognition, part of the public API contract.</summary>
public static class AddressErrorCodes
{
    /// <summary>Not an address of any supported family: wrong length, characters, prefix or structure.</summary>
    public const string Unrecognized = "address.unrecognized";

    /// <summary>Shaped like an address of a family, but its checksum (or EIP-55 mixed case) does not verify: a typo.</summary>
    public const string Checksum = "address.checksum";

    /// <summary>A valid address, but not one the given chain hint can hold.</summary>
    public const string ChainMismatch = "address.chain_mismatch";

    /// <summary>The chain hint is not a chain this service knows.</summary>
    public const string ChainUnknown = "address.chain_unknown";
}
