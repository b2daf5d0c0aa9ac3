using Screening.Functions.Contracts;
using Screening.Functions.Validation;

namespace Screening.Functions.Tests.Validation;

public sealed class ScreenNameRequestValidatorTests
{
    private readonly ScreenNameRequestValidator _validator = new();

    [Fact]
    public void A_full_request_is_valid() =>
        Assert.True(_validator.Validate(new ScreenNameRequest("KIM Jong Un", "individual", "1984-01-08", "KP", 0.85, 10)).IsValid);

    [Theory]
    [InlineData("", "name", "empty")]
    [InlineData("   ", "name", "empty")]
    [InlineData("KIM\u0000JONG", "name", "control characters")]
    [InlineData("A\tB", "name", "control characters")]
    public void Bad_names_are_rejected(string name, string field, string reason) =>
        AssertError(new ScreenNameRequest(name), field, reason);

    [Fact]
    public void A_name_over_500_characters_after_trimming_is_rejected() =>
        AssertError(new ScreenNameRequest(new string('A', 501)), "name", "at most 500");

    [Fact]
    public void Surrounding_whitespace_does_not_count_towards_the_limit() =>
        Assert.True(_validator.Validate(new ScreenNameRequest("  " + new string('A', 500) + "  ")).IsValid);

    [Theory]
    [InlineData("1984", true)]
    [InlineData("1984-02", true)]
    [InlineData("1984-02-29", true)]
    [InlineData("1983-02-29", false)]
    [InlineData("84", false)]
    [InlineData("1984/02/01", false)]
    [InlineData("1984-13", false)]
    public void Dates_of_birth_are_YYYY_YYYY_MM_or_YYYY_MM_DD_and_real(string date, bool valid) =>
        Assert.Equal(valid, _validator.Validate(new ScreenNameRequest("X", DateOfBirth: date)).IsValid);

    [Theory]
    [InlineData("KP", true)]
    [InlineData("kp", true)]
    [InlineData("XK", false)] // Kosovo's user-assigned code is not ISO 3166-1
    [InlineData("KPR", false)]
    [InlineData("ZZ", false)]
    public void Countries_are_iso_3166_alpha_2(string country, bool valid) =>
        Assert.Equal(valid, _validator.Validate(new ScreenNameRequest("X", Country: country)).IsValid);

    [Theory]
    [InlineData("person", "type", "must be one of")]
    [InlineData("INDIVIDUAL", "type", "must be one of")]
    public void Types_come_from_the_enum(string type, string field, string reason) =>
        AssertError(new ScreenNameRequest("X", Type: type), field, reason);

    [Theory]
    [InlineData(-0.01, null, "threshold")]
    [InlineData(1.01, null, "threshold")]
    [InlineData(null, 0, "limit")]
    [InlineData(null, 101, "limit")]
    public void Threshold_and_limit_have_bounds(double? threshold, int? limit, string field) =>
        AssertError(new ScreenNameRequest("X", Threshold: threshold, Limit: limit), field, "between");

    private void AssertError(ScreenNameRequest request, string field, string reason)
    {
        var errors = _validator.Validate(request).ToErrors();
        Assert.True(errors.ContainsKey(field), $"expected an error on '{field}', got: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.Contains(reason, StringComparison.Ordinal));
    }
}
