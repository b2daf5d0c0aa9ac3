using System.Text.RegularExpressions;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// Finds the current list file on a publisher's list page: the first link (<c>href</c>) whose address
/// matches the configured pattern, resolved against the page's address.
/// </summary>
public static partial class PublishedLink
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static Uri Find(string html, Uri page, string linkPattern)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(page);
        Regex pattern;
        try
        {
            pattern = new Regex(linkPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new ListDownloadException($"The link pattern '{linkPattern}' is no valid regular expression: {ex.Message}");
        }

        foreach (Match link in Href().Matches(html))
        {
            var address = System.Net.WebUtility.HtmlDecode(link.Groups["address"].Value.Trim());
            if (pattern.IsMatch(address) && Uri.TryCreate(page, address, out var resolved) && resolved.Scheme is "http" or "https" or "file")
            {
                return resolved;
            }
        }

        throw new ListDownloadException($"{page} links no file matching '{linkPattern}'.");
    }

    [GeneratedRegex(@"href\s*=\s*(?:""(?<address>[^""]*)""|'(?<address>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
