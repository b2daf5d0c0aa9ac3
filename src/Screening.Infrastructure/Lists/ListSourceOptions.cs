using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>One official list to refresh on schedule: <c>Lists:Sources:&lt;name&gt;:Url</c>, <c>:Format</c>, <c>:Enabled</c>.</summary>
public sealed class ListSourceOptions
{
    /// <summary>http(s) or file:// address of the published file.</summary>
    public Uri? Url { get; set; }

    /// <summary>The format the publisher uses; content in another format fails the refresh.</summary>
    public ListFormat? Format { get; set; }

    public bool Enabled { get; set; } = true;
}
