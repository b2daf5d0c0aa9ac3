using Azure;
using Azure.Data.Tables;

namespace Screening.Infrastructure.Monitoring;

/// <summary>The one storage page a listing request reads: the first, or the one a validated cursor continues from.</summary>
internal static class PagedQuery
{
    public static async Task<(IReadOnlyList<TableEntity> Rows, string? Continuation)> ReadAsync(AsyncPageable<TableEntity> query, PageCursor? after, int pageSize)
    {
        try
        {
            await foreach (var page in query.AsPages(after?.Continuation, pageSize))
            {
                return (page.Values, page.ContinuationToken);
            }

            return ([], null);
        }
        catch (RequestFailedException exception) when (after is not null && exception.Status == 400)
        {
            throw new PageCursorRejectedException(exception);
        }
    }
}
