using Screening.Functions.Contracts;
using Screening.Functions.Validation;

namespace Screening.Functions.Tests.Validation;

public sealed class ActivateVersionRequestValidatorTests
{
    private readonly ActivateVersionRequestValidator _validator = new();

    [Theory]
    [InlineData("x")]
    [InlineData("OFAC file of 2026-11-25 lost 40 % of its entries; rolled back until OFAC confirms")]
    public void A_reason_is_valid(string reason) =>
        Assert.True(_validator.Validate(new ActivateVersionRequest(reason)).IsValid);

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("   ", "is required")]
    [InlineData("line one\nline two", "control characters")]
    public void A_missing_blank_or_control_character_reason_is_rejected(string? reason, string message)
    {
        var errors = _validator.Validate(new ActivateVersionRequest(reason)).ToErrors();
        Assert.Contains(errors["reason"], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reason_of_at_most_500_characters_after_trimming_is_accepted_and_501_is_not()
    {
        Assert.True(_validator.Validate(new ActivateVersionRequest("  " + new string('r', FieldRules.MaxReasonLength) + "  ")).IsValid);
        var errors = _validator.Validate(new ActivateVersionRequest(new string('r', FieldRules.MaxReasonLength + 1))).ToErrors();
        Assert.Contains(errors["reason"], m => m.Contains("at most 500", StringComparison.Ordinal));
    }
}
