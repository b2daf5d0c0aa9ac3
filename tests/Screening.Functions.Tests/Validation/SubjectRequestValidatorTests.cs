using Screening.Functions.Contracts;
using Screening.Functions.Validation;

namespace Screening.Functions.Tests.Validation;

public sealed class SubjectRequestValidatorTests
{
    private readonly SubjectRequestValidator _validator = new();

    public static TheoryData<SubjectRequest, string, string> Invalid => new()
    {
        { new SubjectRequest(null, "Ann Lee"), "kind", "one of" },
        { new SubjectRequest("robot", "Ann Lee"), "kind", "one of" },
        { new SubjectRequest("person"), "name", "empty" },
        { new SubjectRequest("wallet"), "wallets", "at least one wallet" },
        { new SubjectRequest("wallet", Wallets: [new WalletRequest("not-an-address")]), "wallets[0].address", "address." },
        { new SubjectRequest("wallet", Wallets: [new WalletRequest("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "ETH")]), "wallets[0].address", "address.chain_mismatch" },
        { new SubjectRequest("person", "Ann Lee", Aliases: [" "]), "aliases[0]", "empty" },
        { new SubjectRequest("person", "Ann Lee", DateOfBirth: "84"), "dateOfBirth", "YYYY" },
        { new SubjectRequest("person", "Ann Lee", Country: "ZZ"), "country", "ISO 3166-1" },
        { new SubjectRequest("person", "Ann Lee", ClientReference: new string('r', 129)), "clientReference", "at most 128" },
        { new SubjectRequest("company", "Acme", Aliases: [.. Enumerable.Repeat("Acme Ltd", 21)]), "aliases", "at most 20" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_subject_names_the_field_and_reason(SubjectRequest request, string field, string reason)
    {
        var errors = _validator.Validate(request).ToErrors();
        Assert.True(errors.ContainsKey(field), $"expected an error on '{field}', got: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_of_subject_can_be_registered()
    {
        Assert.True(_validator.Validate(new SubjectRequest("person", "Ann Lee", ["Annie Lee"], "1984-02", "GB", ClientReference: "crm-1")).IsValid);
        Assert.True(_validator.Validate(new SubjectRequest("company", "Acme Ltd", Wallets: [new WalletRequest("TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM", "TRX")])).IsValid);
        Assert.True(_validator.Validate(new SubjectRequest("vessel", "Ocean Star")).IsValid);
        Assert.True(_validator.Validate(new SubjectRequest("wallet", Wallets: [new WalletRequest("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")])).IsValid);
    }
}
