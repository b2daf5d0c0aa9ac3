namespace Screening.Domain.Addresses;

/// <param name="ListedValues">Digital currency address entries read from the entities.</param>
/// <param name="DistinctAddresses">Distinct (family, normalized key) pairs indexed.</param>
/// <param name="Unrecognized">Listed values that are no valid address; kept and matched verbatim.</param>
/// <param name="LabelMismatches">Valid addresses whose asset label cannot hold them.</param>
public sealed record AddressIndexReport(
    int ListedValues,
    int DistinctAddresses,
    IReadOnlyList<UnrecognizedListedAddress> Unrecognized,
    IReadOnlyList<ListedAddressLabelMismatch> LabelMismatches);
