namespace Screening.Domain.Model;

/// <summary>A whole list parsed successfully: a partial result is never returned as a ParsedList.</summary>
public sealed record ParsedList(ListMetadata Metadata, IReadOnlyList<SanctionedEntity> Entities);
