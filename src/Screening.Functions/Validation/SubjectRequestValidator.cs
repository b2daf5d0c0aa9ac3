using FluentValidation;
using Screening.Domain.Addresses;
using Screening.Functions.Contracts;

namespace Screening.Functions.Validation;

/// <summary>
/// A subject is validated with the screening routes' own field rules, and its wallets must be addresses the
/// screening routes would accept: a subject that could never be screened must not sit registered as if monitored.
/// </summary>
public sealed class SubjectRequestValidator : AbstractValidator<SubjectRequest>
{
    public const int MaxAliases = 20;
    public const int MaxWallets = 20;
    public const int MaxReferenceLength = 128;
    public static readonly string[] Kinds = ["person", "company", "vessel", "wallet"];

    public SubjectRequestValidator()
    {
        RuleFor(r => r.Kind).Must(k => k is not null && Kinds.Contains(k, StringComparer.Ordinal))
            .WithMessage($"must be one of: {string.Join(", ", Kinds)}").OverridePropertyName("kind");
        When(r => r.Kind != "wallet", () => RuleFor(r => r.Name).ScreenableName().OverridePropertyName("name"));
        When(r => r.Kind == "wallet", () =>
        {
            RuleFor(r => r.Wallets).Must(w => w is { Count: > 0 }).WithMessage("a wallet subject needs at least one wallet").OverridePropertyName("wallets");
            RuleFor(r => r.Name).Must(n => n is null || !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank").OverridePropertyName("name");
        });
        RuleFor(r => r.Aliases).Must(a => a is null || a.Count <= MaxAliases).WithMessage($"must hold at most {MaxAliases} names").OverridePropertyName("aliases");
        RuleForEach(r => r.Aliases).ScreenableName().OverridePropertyName("aliases");
        RuleFor(r => r.DateOfBirth).DateOfBirth().OverridePropertyName("dateOfBirth");
        RuleFor(r => r.Country).Country().OverridePropertyName("country");
        RuleFor(r => r.Wallets).Must(w => w is null || w.Count <= MaxWallets).WithMessage($"must hold at most {MaxWallets} wallets").OverridePropertyName("wallets");
        RuleForEach(r => r.Wallets).NotNull().WithMessage("must be an object").OverridePropertyName("wallets");
        RuleForEach(r => r.Wallets).ChildRules(wallet =>
        {
            wallet.RuleFor(w => w.Address).ScreenableAddress().OverridePropertyName("address");
            wallet.RuleFor(w => w.Chain).MaximumLength(16).WithMessage("must be at most 16 characters").OverridePropertyName("chain");
            wallet.RuleFor(w => w).Must(w => w.Address is null || w.Address.Length > FieldRules.MaxAddressLength || AddressRecognizer.Recognize(w.Address.Trim(), w.Chain) is not RejectedAddress)
                .WithMessage(w => RejectionOf(w)).OverridePropertyName("address");
        }).OverridePropertyName("wallets");
        RuleFor(r => r.ClientReference)
            .Must(c => c is null || c.Length <= MaxReferenceLength).WithMessage($"must be at most {MaxReferenceLength} characters")
            .Must(c => c is null || !c.Any(char.IsControl)).WithMessage("must not contain control characters")
            .OverridePropertyName("clientReference");
    }

    private static string RejectionOf(WalletRequest wallet) =>
        wallet.Address is not null && AddressRecognizer.Recognize(wallet.Address.Trim(), wallet.Chain) is RejectedAddress rejected
            ? $"{rejected.Code}: {rejected.Reason}"
            : "is not a recognized address";
}
