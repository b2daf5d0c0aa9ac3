namespace Screening.Functions.Contracts;

/// <summary>Body of <c>POST /v1/screen/batch</c>: 1 to 1,000 items, each a name item or an address item.</summary>
public sealed record ScreenBatchRequest(IReadOnlyList<BatchItem>? Items);

/// <summary>One batch item: exactly one of <see cref="Name"/> or <see cref="Address"/>, and an id unique in the batch.</summary>
public sealed record BatchItem(
    string? Id,
    string? Name = null,
    string? Address = null,
    string? Chain = null,
    string? Type = null,
    string? DateOfBirth = null,
    string? Country = null,
    double? Threshold = null,
    int? Limit = null,
    bool? IncludeBelowThreshold = null);
