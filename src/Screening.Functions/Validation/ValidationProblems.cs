using FluentValidation.Results;

namespace Screening.Functions.Validation;

/// <summary>Turns FluentValidation failures into the <c>errors</c> map of a problem document: field path → messages.</summary>
public static class ValidationProblems
{
    public static Dictionary<string, string[]> ToErrors(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
