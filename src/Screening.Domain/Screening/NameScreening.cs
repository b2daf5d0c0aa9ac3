using Screening.Domain.Names;

namespace Screening.Domain.Screening;

/// <summary>The outcome of screening one name, with the thresholds that decided it.</summary>
public sealed record NameScreening(
    IReadOnlyList<NameMatch> Matches,
    ScreeningResult Result,
    double MatchThreshold,
    double ReviewThreshold);
