using System.Text.Json;
using System.Text.RegularExpressions;

namespace Screening.LocalHost.Http;

/// <summary>
/// RFC 7807 answers for what the host decides before a function runs (no route, wrong method,
/// missing key), so clients see one error shape whether the host or the app refused them.
/// </summary>
internal static partial class HostProblems
{
    public static Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var problem = new Dictionary<string, object?>
        {
            // RFC 9457: the stable code says what happened; no placeholder URI pretends to be documentation.
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["code"] = code,
            ["instance"] = context.Request.Path.Value,
        };
        // Every response carries a request id, also when the host answers before the app runs.
        var given = context.Request.Headers["x-request-id"].ToString();
        var requestId = AcceptableRequestId().IsMatch(given) ? given : Guid.NewGuid().ToString("n");
        context.Response.Headers["x-request-id"] = requestId;
        problem["requestId"] = requestId;

        return context.Response.WriteAsync(JsonSerializer.Serialize(problem), context.RequestAborted);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex AcceptableRequestId();
}
