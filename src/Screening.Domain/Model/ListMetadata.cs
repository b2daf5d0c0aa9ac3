namespace Screening.Domain.Model;

/// <summary>
/// What one parsed file (or CSV file set) says about itself.
/// <see cref="DeclaredRecordCount"/> is the count the publisher wrote into the file, when it does
/// (OFAC XML Record_Count); <see cref="ContentHash"/> is the lowercase hex SHA-256 of the input bytes
/// (for a file set, of the files' hashes in a fixed order).
/// </summary>
public sealed record ListMetadata(
    string Source,
    ListFormat Format,
    DateTimeOffset? PublishedAt,
    int? DeclaredRecordCount,
    int ParsedRecordCount,
    string ContentHash);
