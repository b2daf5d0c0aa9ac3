using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class ScreenNameRequestValidator : AbstractValidator<ScreenNameRequest>
{
    public ScreenNameRequestValidator()
    {
        RuleFor(r => r.Name).ScreenableName().OverridePropertyName("name");
        RuleFor(r => r.Type).EntityType().OverridePropertyName("type");
        RuleFor(r => r.DateOfBirth).DateOfBirth().OverridePropertyName("dateOfBirth");
        RuleFor(r => r.Country).Country().OverridePropertyName("country");
        RuleFor(r => r.Threshold).Threshold().OverridePropertyName("threshold");
        RuleFor(r => r.Limit).Limit().OverridePropertyName("limit");
    }
}
