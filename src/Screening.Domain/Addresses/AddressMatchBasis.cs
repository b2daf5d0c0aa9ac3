namespace Screening.Domain.Addresses;

/// <summary>Why a lookup found hits.</summary>
public enum AddressMatchBasis
{
    /// <summary>No listed address matched.</summary>
    None,

    /// <summary>The input is the same address (same family and normalized key) as a listed one, whatever its spelling.</summary>
    SameAddress,

    /// <summary>The input equals, character for character, a listed value that is no valid address of any family.</summary>
    VerbatimListedValue,
}
