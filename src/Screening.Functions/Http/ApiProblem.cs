using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Screening.Functions.Http;

/// <summary>
/// RFC 9457 (7807) problem responses with the API's stable <c>code</c> and, for validation failures,
/// <c>errors: { field: [messages] }</c>.
/// </summary>
public static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// RFC 9457's "no further semantics beyond the status code": the stable <c>code</c> extension is what clients
    /// branch on and what docs/api.md lists, so no placeholder URI pretends to be documentation.
    /// </summary>
    public const string Type = "about:blank";

    /// <summary>How long a client should wait before retrying a 503: storage and list loads recover in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public static ApiJsonResult Create(HttpRequest request, int status, string code, string detail, IDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        // With about:blank, RFC 9457 asks for the status's own phrase as the title.
        var problem = new ProblemBody(Type, TitleOf(status), status, detail, code, request.Path.Value, RequestIds.Of(request), errors);
        var retryAfter = status == StatusCodes.Status503ServiceUnavailable ? RetryAfterSeconds : (int?)null;
        return new ApiJsonResult(problem, status, ContentType, noStore: true, retryAfterSeconds: retryAfter);
    }

    /// <summary>The status phrase RFC 9457 asks for as the title when the type is about:blank.</summary>
    public static string TitleOf(int status) => ReasonPhrases.GetReasonPhrase(status);

    public static ApiJsonResult Validation(HttpRequest request, IDictionary<string, string[]> errors) =>
        Create(request, StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "One or more fields are invalid; see errors.", errors);

    public static ApiJsonResult BadRequest(HttpRequest request, string code, string field, string message) =>
        Create(request, StatusCodes.Status400BadRequest, code, message, new Dictionary<string, string[]> { [field] = [message] });

    public static ApiJsonResult NotFound(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status404NotFound, code, detail);

    public static ApiJsonResult Conflict(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status409Conflict, code, detail);

    public static ApiJsonResult Unavailable(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status503ServiceUnavailable, code, detail);

    public static ApiJsonResult StorageUnavailable(HttpRequest request) =>
        Unavailable(request, ProblemCodes.StorageUnavailable,
            "Storage cannot be reached, so this cannot be answered now; nothing was changed. Retry shortly.");

    public static ApiJsonResult Internal(HttpRequest request) =>
        Create(request, StatusCodes.Status500InternalServerError, ProblemCodes.Internal,
            "The request failed unexpectedly. Quote the request id when reporting it.");

    /// <summary>The problem document; property names follow RFC 9457 plus the API's extensions.</summary>
    public sealed record ProblemBody(
        string Type,
        string Title,
        int Status,
        string Detail,
        string Code,
        string? Instance,
        string RequestId,
        IDictionary<string, string[]>? Errors);
}
