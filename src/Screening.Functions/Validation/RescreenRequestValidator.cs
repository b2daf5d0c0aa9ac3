using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class RescreenRequestValidator : AbstractValidator<RescreenRequest>
{
    public RescreenRequestValidator() => RuleFor(r => r.Reason).ActivationReason().OverridePropertyName("reason");
}
