using Screening.Functions.Contracts;
using Screening.Functions.Validation;

namespace Screening.Functions.Tests.Validation;

public sealed class BatchItemValidatorTests
{
    private readonly BatchItemValidator _validator = new();

    public static TheoryData<BatchItem, string, string> Invalid => new()
    {
        { new BatchItem("c-1"), "item", "exactly one" },
        { new BatchItem("c-1", Name: "A", Address: "0x00"), "item", "exactly one" },
        { new BatchItem("c-1", Name: "A", Threshold: 1.5), "threshold", "between 0 and 1" },
        { new BatchItem("c-1", Name: "A", Country: "ZZ"), "country", "ISO 3166-1" },
        { new BatchItem("c-1", Name: " "), "name", "empty" },
        { new BatchItem("c-1", Address: "0x00", Country: "KP"), "item", "only 'address' and 'chain'" },
        { new BatchItem("c-1", Address: "0x00", Chain: new string('c', 17)), "chain", "at most 16" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_item_names_its_own_field_and_reason(BatchItem item, string field, string reason)
    {
        var errors = _validator.Validate(item).ToErrors();
        Assert.True(errors.ContainsKey(field), $"expected an error on '{field}', got: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Name_and_address_items_are_valid()
    {
        Assert.True(_validator.Validate(new BatchItem("c-1", Name: "LAZARUS GROUP", Type: "entity", Country: "KP", DateOfBirth: "1984-02")).IsValid);
        Assert.True(_validator.Validate(new BatchItem("c-2", Address: "TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM", Chain: "TRX")).IsValid);
    }
}
