using FluentValidation;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

public sealed class AlertDecisionRequestValidator : AbstractValidator<AlertDecisionRequest>
{
    public static readonly string[] Dispositions = ["true_match", "false_positive", "escalated"];

    public AlertDecisionRequestValidator()
    {
        RuleFor(r => r.Disposition).Must(d => d is not null && Dispositions.Contains(d, StringComparer.Ordinal))
            .WithMessage($"must be one of: {string.Join(", ", Dispositions)}").OverridePropertyName("disposition");
        RuleFor(r => r.Reason).DecisionReason().OverridePropertyName("reason");
    }
}
