namespace Screening.Infrastructure.Lists.Versions;

/// <summary>Every stored version of a source, newest first, and the version its pointer names.</summary>
public sealed record SourceVersionHistory(string Source, string? ActiveVersionId, IReadOnlyList<ListVersionEntry> Versions);
