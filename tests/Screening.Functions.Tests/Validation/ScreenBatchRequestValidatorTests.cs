using Screening.Functions.Contracts;
using Screening.Functions.Validation;

namespace Screening.Functions.Tests.Validation;

public sealed class ScreenBatchRequestValidatorTests
{
    private readonly ScreenBatchRequestValidator _validator = new();

    [Fact]
    public void A_mixed_batch_of_names_and_addresses_is_valid()
    {
        var result = _validator.Validate(new ScreenBatchRequest([new BatchItem("c-1", Name: "LAZARUS GROUP"), new BatchItem("c-2", Address: "TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM", Chain: "TRX")]));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    public static TheoryData<ScreenBatchRequest, string, string> Invalid => new()
    {
        { new ScreenBatchRequest([]), "items", "at least one" },
        { new ScreenBatchRequest(null), "items", "at least one" },
        { new ScreenBatchRequest(Enumerable.Range(0, 1001).Select(i => new BatchItem($"c-{i}", Name: "X")).ToList()), "items", "at most 1,000" },
        { new ScreenBatchRequest([new BatchItem("dup", Name: "A"), new BatchItem("dup", Name: "B")]), "items", "unique" },
        { new ScreenBatchRequest([new BatchItem(null, Name: "A")]), "items[0].id", "empty" },
        { new ScreenBatchRequest([new BatchItem(new string('x', 129), Name: "A")]), "items[0].id", "at most 128" },
    };

    [Fact]
    public void Item_fields_are_left_to_the_item_so_a_bad_one_does_not_reject_the_batch()
    {
        var result = _validator.Validate(new ScreenBatchRequest([new BatchItem("c-1", Name: "A", Threshold: 1.5), new BatchItem("c-2")]));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_null_item_is_refused_not_screened()
    {
        var errors = _validator.Validate(new ScreenBatchRequest([new BatchItem("ok", Name: "A"), null!])).ToErrors();
        Assert.Contains(errors.Keys, k => k.StartsWith("items[1]", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_batches_name_the_field_and_reason(ScreenBatchRequest request, string field, string reason)
    {
        var errors = _validator.Validate(request).ToErrors();
        Assert.True(errors.ContainsKey(field), $"expected an error on '{field}', got: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.Contains(reason, StringComparison.Ordinal));
    }
}
