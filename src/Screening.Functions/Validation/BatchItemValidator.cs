using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

/// <summary>
/// The rules of one batch item's own fields. A failure here is answered in that item's result, not for the
/// batch, so one bad row never holds back the others; the id is checked by the batch validator because it keys the results.
/// </summary>
public sealed class BatchItemValidator : AbstractValidator<BatchItem>
{
    public BatchItemValidator()
    {
        RuleFor(i => i).Must(i => (i.Name is null) != (i.Address is null))
            .WithMessage("must have exactly one of 'name' or 'address'").OverridePropertyName("item");
        When(i => i.Name is not null, () =>
        {
            RuleFor(i => i.Name).ScreenableName().OverridePropertyName("name");
            RuleFor(i => i.Type).EntityType().OverridePropertyName("type");
            RuleFor(i => i.DateOfBirth).DateOfBirth().OverridePropertyName("dateOfBirth");
            RuleFor(i => i.Country).Country().OverridePropertyName("country");
            RuleFor(i => i.Threshold).Threshold().OverridePropertyName("threshold");
            RuleFor(i => i.Limit).Limit().OverridePropertyName("limit");
        });
        When(i => i.Address is not null, () =>
        {
            RuleFor(i => i.Address).ScreenableAddress().OverridePropertyName("address");
            RuleFor(i => i.Chain).MaximumLength(16).WithMessage("must be at most 16 characters").OverridePropertyName("chain");
            RuleFor(i => i).Must(i => i.Type is null && i.DateOfBirth is null && i.Country is null && i.Threshold is null && i.Limit is null)
                .WithMessage("an address item takes only 'address' and 'chain'").OverridePropertyName("item");
        });
    }
}
