namespace Screening.Domain.Addresses;

/// <summary>One listing of a screened address: who, under which asset label, in which exact form.</summary>
/// <param name="ListedFamily">The family detected from the listed value; null when the listed value is no valid address and matched verbatim.</param>
public sealed record AddressHit(string EntityId, string ListedAsset, string ListedValue, AddressFamily? ListedFamily);
