using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class ScreenAddressRequestValidator : AbstractValidator<ScreenAddressRequest>
{
    public ScreenAddressRequestValidator()
    {
        RuleFor(r => r.Address).ScreenableAddress().OverridePropertyName("address");
        RuleFor(r => r.Chain).MaximumLength(16).WithMessage("must be at most 16 characters").OverridePropertyName("chain");
    }
}
