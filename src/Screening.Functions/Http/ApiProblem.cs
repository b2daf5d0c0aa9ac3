using Microsoft.AspNetCore.Http;

namespace Screening.Functions.Http;

/// <summary>
/// RFC 7807 problem responses with the API's stable <c>code</c> and, for validation failures,
/// <c>errors: { field: [messages] }</c>.
/// </summary>
public static class ApiProblem
{
    public const string ContentType = "application/problem+json";
    private const string TypeBase = "https://screening.example/problems/";

    public static ApiJsonResult Create(HttpRequest request, int status, string code, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = new ProblemBody(TypeOf(code), title, status, detail, code, request.Path.Value, RequestIds.Of(request), errors);
        return new ApiJsonResult(problem, status, ContentType, noStore: true);
    }

    /// <summary>The problem type URI of a code, the same for whole-request and per-item problems.</summary>
    public static string TypeOf(string code) => TypeBase + code;

    public static ApiJsonResult Validation(HttpRequest request, IDictionary<string, string[]> errors) =>
        Create(request, StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "Invalid request",
            "One or more fields are invalid; see errors.", errors);

    public static ApiJsonResult BadRequest(HttpRequest request, string code, string field, string message) =>
        Create(request, StatusCodes.Status400BadRequest, code, "Invalid request", message, new Dictionary<string, string[]> { [field] = [message] });

    public static ApiJsonResult NotFound(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status404NotFound, code, "Not Found", detail);

    public static ApiJsonResult Conflict(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status409Conflict, code, "Conflict", detail);

    public static ApiJsonResult Unavailable(HttpRequest request, string code, string detail) =>
        Create(request, StatusCodes.Status503ServiceUnavailable, code, "Service Unavailable", detail);

    public static ApiJsonResult Internal(HttpRequest request) =>
        Create(request, StatusCodes.Status500InternalServerError, ProblemCodes.Internal, "Internal Server Error",
            "The request failed unexpectedly. Quote the request id when reporting it.");

    /// <summary>The problem document; property names follow RFC 7807 plus the API's extensions.</summary>
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
