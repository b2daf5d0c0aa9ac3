using System.Globalization;
using Microsoft.AspNetCore.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Http;

/// <summary>The <c>limit</c> and <c>cursor</c> query parameters of a paged listing, or the problem naming the bad one.</summary>
public static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>The cursor problem, also answered when storage refuses a cursor that passed validation.</summary>
    public const string CursorReason = "must be the 'next' cursor of a previous page of this listing";

    /// <param name="listing">The listing whose cursors are accepted (a cursor is bound to the listing that issued it).</param>
    public static bool TryRead(HttpRequest request, string listing, out int limit, out PageCursor? after, out ApiJsonResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        limit = DefaultLimit;
        after = null;
        problem = null;
        var limitText = request.Query["limit"].ToString();
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            problem = ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "limit", $"must be between 1 and {MaxLimit}");
            return false;
        }

        if (!PageCursor.TryDecode(request.Query["cursor"].ToString(), listing, out after))
        {
            problem = ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "cursor", CursorReason);
            return false;
        }

        return true;
    }
}
