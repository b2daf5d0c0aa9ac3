using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class ActivateVersionRequestValidator : AbstractValidator<ActivateVersionRequest>
{
    public ActivateVersionRequestValidator()
    {
        RuleFor(r => r.Reason).ActivationReason().OverridePropertyName("reason");
    }
}
