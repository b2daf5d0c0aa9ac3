using Azure;

namespace Screening.Infrastructure.Lists;

/// <summary>The row that says which version of a source is served (table ListPointers, PK "active", RK source).</summary>
public sealed record ActivePointer(string Source, string VersionId, DateTimeOffset ActivatedAt, ETag ETag);
