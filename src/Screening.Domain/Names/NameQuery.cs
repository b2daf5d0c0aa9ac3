using Screening.Domain.Model;

namespace Screening.Domain.Names;

/// <summary>
/// One screening request. <paramref name="Type"/> filters by entity type; <paramref name="DateOfBirth"/> and
/// <paramref name="Country"/> (ISO 3166-1 alpha-2) raise or lower scores when given; <paramref name="Threshold"/>
/// overrides <see cref="NameMatchingOptions.MatchThreshold"/>; <paramref name="IncludeBelowThreshold"/> returns the
/// best candidates whatever their score (for review queues and evaluation).
/// </summary>
public sealed record NameQuery(
    string Name,
    EntityType? Type = null,
    PartialDate? DateOfBirth = null,
    string? Country = null,
    double? Threshold = null,
    int Limit = 10,
    bool IncludeBelowThreshold = false);
