using System.Text.Json;

namespace Screening.LocalHost.Http;

/// <summary>
/// RFC 7807 answers for what the host decides before a function runs (no route, wrong method,
/// missing key), so clients see one error shape whether the host or the app refused them.
/// </summary>
internal static class HostProblems
{
    public static Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var problem = new Dictionary<string, object?>
        {
            ["type"] = $"https://screening.example/problems/{code}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["code"] = code,
            ["instance"] = context.Request.Path.Value,
        };
        if (context.Response.Headers.TryGetValue("x-request-id", out var requestId))
        {
            problem["requestId"] = requestId.ToString();
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(problem), context.RequestAborted);
    }
}
