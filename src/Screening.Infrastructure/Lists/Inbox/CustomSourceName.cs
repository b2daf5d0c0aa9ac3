using System.Text;

namespace Screening.Infrastructure.Lists.Inbox;

/// <summary>
/// The source of a compliance team's own list, from the uploaded file's name: the last path segment
/// without its extensions, lowercased, every run of characters other than a-z and 0-9 turned into one
/// '-', trimmed, at most 50 characters: "ACME Watchlist.v2.csv" → "custom:acme-watchlist".
/// Uploading a file of the same name again replaces that list with a new version.
/// </summary>
public static class CustomSourceName
{
    public const string Prefix = "custom:";
    private const int MaxLength = 50;

    public static string? FromFileName(string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var file = blobName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var stem = file.Split('.', 2)[0];
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().Trim('-');
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd('-');
        }

        return name.Length == 0 ? null : Prefix + name;
    }
}
