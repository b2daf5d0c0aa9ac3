namespace Screening.Functions.Contracts;

/// <summary>Body of <c>POST /v1/screen/name</c>; only <see cref="Name"/> is required.</summary>
public sealed record ScreenNameRequest(
    string? Name,
    string? Type = null,
    string? DateOfBirth = null,
    string? Country = null,
    double? Threshold = null,
    int? Limit = null,
    bool? IncludeBelowThreshold = null);
