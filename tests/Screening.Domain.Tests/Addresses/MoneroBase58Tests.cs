using System.Text;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

/// <summary>Vectors from monero-project/monero tests/unit_tests/base58.cpp (decode_pos / decode_neg / encode).</summary>
public sealed class MoneroBase58Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("11", "00")]
    [InlineData("5Q", "FF")]
    [InlineData("LUv", "FFFF")]
    [InlineData("2UzHL", "FFFFFF")]
    [InlineData("7YXq9G", "FFFFFFFF")]
    [InlineData("VtB5VXc", "FFFFFFFFFF")]
    [InlineData("3CUsUpv9t", "FFFFFFFFFFFF")]
    [InlineData("Ahg1opVcGW", "FFFFFFFFFFFFFF")]
    [InlineData("jpXCZedGfVQ", "FFFFFFFFFFFFFFFF")]
    [InlineData("jpXCZedGfVQ5Q", "FFFFFFFFFFFFFFFFFF")]
    [InlineData("jpXCZedGfVQ2UzHL", "FFFFFFFFFFFFFFFFFFFFFF")]
    [InlineData("jpXCZedGfVQjpXCZedGfVQ", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")]
    [InlineData("11111111111", "0000000000000000")]
    [InlineData("22222222222VtB5VXc", "06156013762879F7FFFFFFFFFF")]
    public void Decodes_and_encodes_the_reference_vectors(string text, string hex)
    {
        var bytes = new byte[MoneroBase58.DecodedLength(text.Length)];

        Assert.True(MoneroBase58.TryDecode(text, bytes));
        Assert.Equal(hex, Convert.ToHexString(bytes));
        Assert.Equal(text, MoneroBase58.Encode(bytes));
    }

    [Theory]
    [InlineData("1")] // invalid lengths
    [InlineData("z")]
    [InlineData("1111")]
    [InlineData("11111111")]
    [InlineData("123456789AB1")]
    [InlineData("5R")] // overflows
    [InlineData("zz")]
    [InlineData("LUw")]
    [InlineData("2UzHM")]
    [InlineData("7YXq9H")]
    [InlineData("VtB5VXd")]
    [InlineData("3CUsUpv9u")]
    [InlineData("Ahg1opVcGX")]
    [InlineData("jpXCZedGfVR")]
    [InlineData("zzzzzzzzzzz")]
    [InlineData("123456789ABjpXCZedGfVR")]
    [InlineData("zzzzzzzzzzz11")]
    [InlineData("10")] // invalid symbols
    [InlineData("11I")]
    [InlineData("11O11")]
    [InlineData("11l111")]
    [InlineData("11_11111111")]
    public void Rejects_the_reference_negative_vectors(string text)
    {
        var length = MoneroBase58.DecodedLength(text.Length);

        Assert.False(length >= 0 && MoneroBase58.TryDecode(text, new byte[length]));
    }

    [Fact]
    public void Round_trips_random_data_of_every_length()
    {
        var random = new Random(7);
        for (var length = 0; length < 80; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var text = MoneroBase58.Encode(data);
            var decoded = new byte[MoneroBase58.DecodedLength(text.Length)];

            Assert.True(MoneroBase58.TryDecode(text, decoded), Encoding.ASCII.GetString(data));
            Assert.Equal(data, decoded);
        }
    }
}
