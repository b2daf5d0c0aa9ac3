using System.Globalization;
using FluentValidation;

namespace Screening.Functions.Validation;

/// <summary>The field rules shared by single and batch requests, so both say exactly the same thing.</summary>
public static class FieldRules
{
    public const int MaxNameLength = 500;
    public const int MaxLimit = 100;
    public const int MaxAddressLength = 256;
    public const int MaxReasonLength = 500;
    public static readonly string[] EntityTypes = ["individual", "entity", "vessel", "aircraft", "any"];
    private static readonly string[] DateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static IRuleBuilderOptions<T, string?> ScreenableName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(MaxNameLength, "must not be empty");

    /// <summary>Why an operator activates a list version: compliance must be able to tell later.</summary>
    public static IRuleBuilderOptions<T, string?> ActivationReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(MaxReasonLength, "is required: say why this version is activated");

    /// <summary>Why a reviewer decided an alert so: the decision is only as good as its recorded reason.</summary>
    public static IRuleBuilderOptions<T, string?> DecisionReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(MaxReasonLength, "is required: say why the alert is decided so");

    /// <summary>Text that is not blank, at most <paramref name="maxLength"/> characters once trimmed, with no control characters.</summary>
    private static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, string emptyMessage) =>
        rule
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(emptyMessage)
            .Must(text => text is null || text.Trim().Length <= maxLength).WithMessage($"must be at most {maxLength} characters after trimming")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage("must not contain control characters");

    public static IRuleBuilderOptions<T, string?> ScreenableAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("must not be empty")
            .Must(a => a is null || a.Length <= MaxAddressLength).WithMessage($"must be at most {MaxAddressLength} characters");

    public static IRuleBuilderOptions<T, string?> EntityType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => t is null || EntityTypes.Contains(t, StringComparer.Ordinal))
            .WithMessage($"must be one of: {string.Join(", ", EntityTypes)}");

    public static IRuleBuilderOptions<T, string?> DateOfBirth<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(d => d is null || TryParseDate(d, out _)).WithMessage("must be a date as YYYY, YYYY-MM or YYYY-MM-DD");

    public static IRuleBuilderOptions<T, string?> Country<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || CountryCodes.IsAssigned(c)).WithMessage("must be an ISO 3166-1 alpha-2 country code such as KP");

    public static IRuleBuilderOptions<T, double?> Threshold<T>(this IRuleBuilder<T, double?> rule) =>
        rule.Must(t => t is null || (t >= 0 && t <= 1)).WithMessage("must be between 0 and 1");

    public static IRuleBuilderOptions<T, int?> Limit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(l => l is null || (l >= 1 && l <= MaxLimit)).WithMessage($"must be between 1 and {MaxLimit}");

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD into its parts; the date must exist (no 2023-02-30).</summary>
    public static bool TryParseDate(string text, out (int Year, int? Month, int? Day) date)
    {
        date = default;
        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed.Year < 1800)
        {
            return false;
        }

        date = text.Length switch
        {
            4 => (parsed.Year, null, null),
            7 => (parsed.Year, parsed.Month, null),
            _ => (parsed.Year, parsed.Month, parsed.Day),
        };
        return true;
    }
}
