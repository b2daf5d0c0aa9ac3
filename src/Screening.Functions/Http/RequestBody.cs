using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Screening.Functions.Http;

/// <summary>
/// Reads a JSON request body strictly: JSON content type (else 415), at most 1 MiB (else 413),
/// well-formed with no unknown fields (else 400 naming the position or field).
/// </summary>
public static class RequestBody
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Strict = new(ApiJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static async Task<(T? Value, IActionResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return (null, ApiProblem.Create(request, StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                $"Send the body as application/json (got '{request.ContentType ?? "none"}')."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge(request));
        }

        MemoryStream buffer;
        try
        {
            if (await ReadAtMostAsync(request.Body, MaxBytes, cancellationToken) is not { } read)
            {
                return (null, TooLarge(request));
            }

            buffer = read;
        }
        catch (BadHttpRequestException exception)
        {
            // The client sent less than its Content-Length or broke the framing: its request, not our failure.
            return (null, Malformed(request, $"The body could not be read: {exception.Message}"));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Strict);
            return value is null
                ? (null, Malformed(request, "The body must be a JSON object, not null."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
            var line = exception.LineNumber is { } l ? $" (line {l + 1}, position {exception.BytePositionInLine + 1})" : string.Empty;
            return (null, Malformed(request, $"The body is not valid JSON for this route{where}{line}: {FirstSentence(exception.Message)}"));
        }
    }

    /// <summary>Whether the request carries a body at all (a length above zero, or chunked content of unknown length).</summary>
    public static bool HasContent(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The body, or null once it passes <paramref name="maxBytes"/>: counted as it is read, because a chunked request
    /// has no Content-Length to refuse it by before it fills memory.
    /// </summary>
    public static async Task<MemoryStream?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }

    private static ApiJsonResult TooLarge(HttpRequest request) =>
        ApiProblem.Create(request, StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge,
            $"The body exceeds {MaxBytes:N0} bytes; split the batch.");

    private static ApiJsonResult Malformed(HttpRequest request, string detail) =>
        ApiProblem.Create(request, StatusCodes.Status400BadRequest, ProblemCodes.MalformedJson, detail);

    // System.Text.Json appends its own path and position; keep the first sentence so details are not doubled.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }
}
