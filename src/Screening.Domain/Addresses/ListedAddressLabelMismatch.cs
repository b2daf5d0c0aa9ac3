namespace Screening.Domain.Addresses;

/// <summary>
/// A listed address whose asset label disagrees with its detected family (OFAC lists a TRON address under XBT, for one).
/// It is indexed under the detected family; this entry only documents the disagreement.
/// </summary>
public sealed record ListedAddressLabelMismatch(string EntityId, string Asset, string Value, AddressFamily DetectedFamily, string Reason);
