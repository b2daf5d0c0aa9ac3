using Screening.Domain.Screening;

namespace Screening.Functions.Contracts;

/// <summary>Response of <c>POST /v1/screen/batch</c>: one result per item, in request order.</summary>
public sealed record ScreenBatchResponse(IReadOnlyList<BatchResult> Results, IReadOnlyList<ListVersionView> Lists, string RequestId, DateTimeOffset ScreenedAt);

/// <summary>
/// One item's answer: either the screening fields (as a single screening has them) or, for an item that
/// could not be screened, <see cref="Problem"/> alone. Never both.
/// </summary>
public sealed record BatchResult
{
    public required string Id { get; init; }
    public ScreeningResult? Result { get; init; }
    public IReadOnlyList<MatchView>? Matches { get; init; }
    public IReadOnlyList<ListVersionView>? Lists { get; init; }
    public string? RequestId { get; init; }
    public DateTimeOffset? ScreenedAt { get; init; }
    public AddressView? Address { get; init; }
    public ThresholdsView? Thresholds { get; init; }
    public ItemProblem? Problem { get; init; }

    public static BatchResult Screened(string id, ScreeningResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new BatchResult
        {
            Id = id,
            Result = response.Result,
            Matches = response.Matches,
            Lists = response.Lists,
            RequestId = response.RequestId,
            ScreenedAt = response.ScreenedAt,
            Address = response.Address,
            Thresholds = response.Thresholds,
        };
    }

    public static BatchResult Failed(string id, ItemProblem problem) => new() { Id = id, Problem = problem };
}

/// <summary>An RFC 7807 problem for one item of a batch (or one row of a bulk request): the fields a whole-request problem has, less instance and request id.</summary>
public sealed record ItemProblem(string Type, string Title, int Status, string Detail, string Code, IDictionary<string, string[]>? Errors);
