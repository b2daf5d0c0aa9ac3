using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Screening.Functions.Http;

/// <summary>
/// Writes a value with <see cref="ApiJson.Options"/>, whatever JSON settings the hosting process has, so the
/// Azure host and LocalHost send byte-for-byte the same responses.
/// </summary>
public sealed class ApiJsonResult(object value, int statusCode = StatusCodes.Status200OK, string contentType = "application/json", bool noStore = false, int? retryAfterSeconds = null) : IActionResult
{
    public object Value { get; } = value;
    public int StatusCode { get; } = statusCode;
    public string ContentType { get; } = contentType;
    public bool NoStore { get; } = noStore;
    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType + "; charset=utf-8";
        if (NoStore)
        {
            // Screening answers are about a moment and a list version; no cache may replay them.
            response.Headers.CacheControl = "no-store";
        }

        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await JsonSerializer.SerializeAsync(response.Body, Value, Value.GetType(), ApiJson.Options, context.HttpContext.RequestAborted);
    }
}
