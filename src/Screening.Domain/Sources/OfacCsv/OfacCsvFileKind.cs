namespace Screening.Domain.Sources.OfacCsv;

/// <summary>The files of an OFAC CSV set, in the fixed order their hashes enter the set's content hash.</summary>
internal enum OfacCsvFileKind
{
    Primary,
    Addresses,
    Aliases,
    Comments,
}
