namespace Screening.Domain.Addresses;

/// <summary>
/// The answer to one address screening. <see cref="Recognition"/> says what the input is (or why it is not a usable
/// address); <see cref="Hits"/> lists the listings it matches. A chain-hint mismatch is reported in
/// <see cref="Recognition"/> but does not hide hits: a listed address stays a hit whatever chain the caller named.
/// </summary>
public sealed record AddressLookupResult(AddressRecognition Recognition, IReadOnlyList<AddressHit> Hits, AddressMatchBasis Basis)
{
    public bool IsHit => Hits.Count > 0;

    /// <summary>A valid address, consistent with the chain hint, that no list contains.</summary>
    public bool IsCleanMiss => Hits.Count == 0 && Recognition is RecognizedAddress;
}
