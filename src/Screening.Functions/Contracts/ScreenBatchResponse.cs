namespace Screening.Functions.Contracts;

/// <summary>Response of <c>POST /v1/screen/batch</c>: one result per item, in request order.</summary>
public sealed record ScreenBatchResponse(IReadOnlyList<BatchResult> Results, IReadOnlyList<ListVersionView> Lists, string RequestId, DateTimeOffset ScreenedAt);

public sealed record BatchResult : ScreeningResponse
{
    public required string Id { get; init; }
}
