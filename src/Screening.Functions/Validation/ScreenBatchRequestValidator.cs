using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

/// <summary>
/// The envelope of a batch: its size and the ids that key its results. Only these reject the batch as a whole;
/// each item's own fields are judged per item (<see cref="BatchItemValidator"/>) and answered in its result.
/// </summary>
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
        }).OverridePropertyName("items");
    }
}
