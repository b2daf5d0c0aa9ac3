using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Screening.Functions.Http;

/// <summary>
/// Every response carries <c>x-request-id</c>: the caller's own when it sent a sensible one (so it can
/// correlate with its logs), else a new one. The id also keys the audit records of the request.
/// </summary>
public static partial class RequestIds
{
    public const string HeaderName = "x-request-id";
    private const string ItemKey = "Screening.RequestId";

    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string known)
        {
            return known;
        }

        var given = request.Headers[HeaderName].ToString();
        var id = Acceptable().IsMatch(given) ? given : Guid.NewGuid().ToString("n");
        context.Items[ItemKey] = id;
        context.Response.Headers[HeaderName] = id;
        return id;
    }

    // Echo only ids that are safe to log and store as a table key: bounded, no separators or control characters.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex Acceptable();
}
