using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

/// <summary>The envelope of a batch registration; each subject's own fields are judged per item and answered in its result.</summary>
public sealed class SubjectBatchRequestValidator : AbstractValidator<SubjectBatchRequest>
{
    public const int MaxItems = 1000;

    public SubjectBatchRequestValidator()
    {
        RuleFor(r => r.Subjects)
            .Must(items => items is { Count: > 0 }).WithMessage("must hold at least one subject")
            .Must(items => items is null || items.Count <= MaxItems).WithMessage($"must hold at most {MaxItems:N0} subjects")
            .Must(items => items is null || items.Where(i => i?.Id is not null).GroupBy(i => i.Id, StringComparer.Ordinal).All(g => g.Count() == 1))
                .WithMessage("ids must be unique within the batch")
            .OverridePropertyName("subjects");
        RuleForEach(r => r.Subjects).NotNull().WithMessage("must be an object").OverridePropertyName("subjects");
        RuleForEach(r => r.Subjects).ChildRules(item =>
            item.RuleFor(i => i.Id).Must(SubjectIds.IsValid).WithMessage(SubjectIds.Rule).OverridePropertyName("id"))
            .OverridePropertyName("subjects");
    }
}
