using System.Buffers.Text;
using System.Text;
using Screening.Infrastructure.Monitoring;

namespace Screening.Infrastructure.Tests.Monitoring;

public sealed class PageCursorTests
{
    // The shape Azure Table Storage gives its continuation headers ("1!<length>!<base64>") and Azurite's (base64).
    private const string AzureContinuation = "1!12!czAwMWEtc3ViLTE- 1!16!c3ViamVjdC0wMDAxMjM0";

    [Theory]
    [InlineData(AzureContinuation)]
    [InlineData("czAx YWwtMDE=")]
    [InlineData("czAx")]
    public void A_cursor_decodes_to_the_continuation_storage_issued(string continuation)
    {
        var text = PageCursor.After(SubjectStore.Listing, continuation)!.Encode();

        Assert.True(PageCursor.TryDecode(text, SubjectStore.Listing, out var cursor));
        Assert.Equal(continuation.Contains(' ', StringComparison.Ordinal) ? continuation : continuation + " ", cursor!.Continuation);
    }

    [Fact]
    public void No_cursor_is_the_first_page_and_no_continuation_is_the_last()
    {
        Assert.True(PageCursor.TryDecode(string.Empty, AlertStore.Listing, out var first));
        Assert.Null(first);
        Assert.Null(PageCursor.After(AlertStore.Listing, null));
    }

    public static TheoryData<string> NotIssued()
    {
        var good = PageCursor.After(SubjectStore.Listing, AzureContinuation)!.Encode();
        var bytes = Base64Url.DecodeFromChars(good);
        var altered = (byte[])bytes.Clone();
        altered[10] ^= 0x01;
        return new TheoryData<string>
        {
            "***",
            "bm90LWEtY3Vyc29y",
            // What the previous cursors were: the bare continuation token, base64url-encoded.
            Base64Url.EncodeToString(Encoding.UTF8.GetBytes(AzureContinuation)),
            good[..^3],
            good[..(good.Length / 2)],
            Base64Url.EncodeToString(altered),
            good + "AA",
            new string('A', PageCursor.MaxLength + 4),
            // Issued by the other listing.
            PageCursor.After(AlertStore.Listing, AzureContinuation)!.Encode(),
        };
    }

    [Theory]
    [MemberData(nameof(NotIssued))]
    public void A_made_up_truncated_altered_or_foreign_cursor_is_refused(string text)
    {
        Assert.False(PageCursor.TryDecode(text, SubjectStore.Listing, out var cursor));
        Assert.Null(cursor);
    }

    [Fact]
    public void A_continuation_of_an_unexpected_shape_is_not_wrapped_into_a_cursor()
    {
        Assert.Throws<InvalidDataException>(() => PageCursor.After(SubjectStore.Listing, "a\u0001b c"));
    }
}
