namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>The publisher refused the request in a way retrying cannot fix (a 4xx answer, a missing local file).</summary>
public sealed class ListDownloadException : Exception
{
    public ListDownloadException() { }

    public ListDownloadException(string message) : base(message) { }

    public ListDownloadException(string message, Exception inner) : base(message, inner) { }
}
