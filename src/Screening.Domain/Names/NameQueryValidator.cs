namespace Screening.Domain.Names;

/// <summary>Rejects queries the engine cannot answer meaningfully, with a message saying what is wrong.</summary>
internal static class NameQueryValidator
{
    public const int MaximumNameLength = 512;
    public const int MaximumLimit = 1000;

    public static void Validate(NameQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Name))
        {
            throw new InvalidNameQueryException("The name to screen is empty.", nameof(query));
        }

        if (query.Name.Length > MaximumNameLength)
        {
            throw new InvalidNameQueryException(
                $"The name to screen is {query.Name.Length} characters long; at most {MaximumNameLength} are accepted.", nameof(query));
        }

        if (query.Limit is < 1 or > MaximumLimit)
        {
            throw new InvalidNameQueryException($"Limit must be between 1 and {MaximumLimit}; it was {query.Limit}.", nameof(query));
        }

        if (query.Threshold is { } threshold && (double.IsNaN(threshold) || threshold < 0 || threshold > 1))
        {
            throw new InvalidNameQueryException($"Threshold must be between 0 and 1; it was {threshold}.", nameof(query));
        }

        if (query.Country is { } country && (country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1])))
        {
            throw new InvalidNameQueryException($"Country must be an ISO 3166-1 alpha-2 code such as 'KP'; it was '{country}'.", nameof(query));
        }
    }
}
