using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class ScreenBatchRequestValidator : AbstractValidator<ScreenBatchRequest>
{
    public const int MaxItems = 1000;
    public const int MaxIdLength = 128;

    public ScreenBatchRequestValidator()
    {
        RuleFor(r => r.Items)
            .Must(items => items is { Count: > 0 }).WithMessage("must hold at least one item")
            .Must(items => items is null || items.Count <= MaxItems).WithMessage($"must hold at most {MaxItems:N0} items")
            .Must(items => items is null || items.Where(i => i?.Id is not null).GroupBy(i => i.Id, StringComparer.Ordinal).All(g => g.Count() == 1))
                .WithMessage("ids must be unique within the batch")
            .OverridePropertyName("items");

        // Child rules never see a null element ({"items":[null]}), so null is refused on its own.
        RuleForEach(r => r.Items).NotNull().WithMessage("must be an object").OverridePropertyName("items");

        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Id).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("must not be empty")
                .MaximumLength(MaxIdLength).WithMessage($"must be at most {MaxIdLength} characters").OverridePropertyName("id");
            item.RuleFor(i => i).Must(i => i is null || (i.Name is null) != (i.Address is null))
                .WithMessage("must have exactly one of 'name' or 'address'").OverridePropertyName("item");
            item.When(i => i?.Name is not null, () =>
            {
                item.RuleFor(i => i.Name).ScreenableName().OverridePropertyName("name");
                item.RuleFor(i => i.Type).EntityType().OverridePropertyName("type");
                item.RuleFor(i => i.DateOfBirth).DateOfBirth().OverridePropertyName("dateOfBirth");
                item.RuleFor(i => i.Country).Country().OverridePropertyName("country");
                item.RuleFor(i => i.Threshold).Threshold().OverridePropertyName("threshold");
                item.RuleFor(i => i.Limit).Limit().OverridePropertyName("limit");
            });
            item.When(i => i?.Address is not null, () =>
            {
                item.RuleFor(i => i.Address).ScreenableAddress().OverridePropertyName("address");
                item.RuleFor(i => i.Chain).MaximumLength(16).WithMessage("must be at most 16 characters").OverridePropertyName("chain");
                item.RuleFor(i => i).Must(i => i.Type is null && i.DateOfBirth is null && i.Country is null && i.Threshold is null && i.Limit is null)
                    .WithMessage("an address item takes only 'address' and 'chain'").OverridePropertyName("item");
            });
        }).OverridePropertyName("items");
    }
}
