namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>A published file as downloaded, or "not modified" since the remembered validators.</summary>
public sealed record FetchResult(bool NotModified, BinaryData? Content, string FileName, string? ETag, DateTimeOffset? LastModified);
