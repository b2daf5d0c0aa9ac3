using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>One file to turn into a version of <paramref name="Source"/>; <paramref name="Trigger"/> is "refresh" or "upload".</summary>
public sealed record IngestionRequest(string Source, string FileName, BinaryData Content, ListFormat? ExpectedFormat, string Trigger);
