using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// One official list to refresh on schedule: <c>Lists:Sources:&lt;name&gt;:Url</c>, <c>:Format</c>, <c>:Enabled</c>,
/// and <c>:LinkPattern</c> for a publisher that puts each new file under a new name on a list page.
/// </summary>
public sealed class ListSourceOptions
{
    /// <summary>http(s) or file:// address of the published file.</summary>
    public Uri? Url { get; set; }

    /// <summary>The format the publisher uses; content in another format fails the refresh.</summary>
    public ListFormat? Format { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// When set, <see cref="Url"/> is a web page and the list is the file of the first link on it whose
    /// address matches this regular expression (Japan's MOF publishes each list under a new file name).
    /// </summary>
    public string? LinkPattern { get; set; }
}
