using Screening.Domain.Screening;

namespace Screening.Functions.Contracts;

/// <summary>Response of a single screening; batch results carry the same fields plus the item id.</summary>
public record ScreeningResponse
{
    public required ScreeningResult Result { get; init; }
    public required IReadOnlyList<MatchView> Matches { get; init; }
    public required IReadOnlyList<ListVersionView> Lists { get; init; }
    public required string RequestId { get; init; }
    public required DateTimeOffset ScreenedAt { get; init; }

    /// <summary>For address screenings: what the address was recognized as.</summary>
    public AddressView? Address { get; init; }

    /// <summary>For name screenings: the thresholds that decided <see cref="Result"/>.</summary>
    public ThresholdsView? Thresholds { get; init; }
}

/// <summary>How the screened address was read: family detected from the address itself, never from a label.</summary>
public sealed record AddressView(string Input, string Family, string Kind, string Normalized, string DisplayForm, IReadOnlyList<string> Chains);

public sealed record ThresholdsView(double Match, double Review);

/// <summary>One list version the answer was computed against.</summary>
public sealed record ListVersionView(string Source, string Version, DateTimeOffset? PublishedAt, DateTimeOffset LoadedAt);
