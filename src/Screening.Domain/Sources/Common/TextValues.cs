namespace Screening.Domain.Sources.Common;

internal static class TextValues
{
    public static string? NullIfBlank(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == value.Length ? value : trimmed;
    }

    public static string? JoinNonBlank(string separator, params string?[] parts)
    {
        var present = parts.Select(NullIfBlank).OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}
