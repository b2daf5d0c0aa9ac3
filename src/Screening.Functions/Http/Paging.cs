using System.Globalization;
using Microsoft.AspNetCore.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Http;

/// <summary>The <c>limit</c> and <c>cursor</c> query parameters of a paged listing, or the problem naming the bad one.</summary>
public static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static bool TryRead(HttpRequest request, out int limit, out string? continuation, out ApiJsonResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        limit = DefaultLimit;
        continuation = null;
        problem = null;
        var limitText = request.Query["limit"].ToString();
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            problem = ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "limit", $"must be between 1 and {MaxLimit}");
            return false;
        }

        if (!PageCursor.TryDecode(request.Query["cursor"].ToString(), out continuation))
        {
            problem = ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "cursor", "must be the 'next' cursor of a previous page");
            return false;
        }

        return true;
    }
}
