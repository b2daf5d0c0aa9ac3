using Screening.Domain.Addresses;
using SimpleBase;

namespace Screening.Domain.Tests.Addresses;

/// <summary>The direct Base58 decoder must give exactly what SimpleBase gives, on real addresses and on random payloads.</summary>
public sealed class Base58DecodingTests
{
    [Theory]
    [InlineData("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")]
    [InlineData("1111111111111111111114oLvT2")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    [InlineData("TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq")]
    [InlineData("1")]
    public void Bitcoin_alphabet_matches_SimpleBase(string text) => AssertSame(Base58.Bitcoin, text);

    [Theory]
    [InlineData("rPEPPER7kfTD9w2To4CQk6UCfuHM9c6GDY")]
    [InlineData("rrrrrrrrrrrrrrrrrrrrrhoLvTp")]
    public void Ripple_alphabet_matches_SimpleBase(string text) => AssertSame(Base58.Ripple, text);

    [Fact]
    public void Random_payloads_with_leading_zeros_round_trip()
    {
        var random = new Random(58);
        for (var i = 0; i < 5000; i++)
        {
            var payload = new byte[random.Next(1, 27)];
            random.NextBytes(payload);
            payload.AsSpan(0, random.Next(0, Math.Min(4, payload.Length))).Clear();
            foreach (var alphabet in new[] { Base58.Bitcoin, Base58.Ripple })
            {
                var text = alphabet.Encode(payload);
                var output = new byte[64];
                Assert.True(Base58Decoding.TryDecode(alphabet, text, output, out var written), text);
                Assert.Equal(payload, output[..written]);
            }
        }
    }

    [Theory]
    [InlineData("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH90")] // '0' is not a Base58 digit
    [InlineData("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9I")] // nor is 'I'
    [InlineData("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9é")]
    public void Characters_outside_the_alphabet_are_refused(string text) =>
        Assert.False(Base58Decoding.TryDecode(Base58.Bitcoin, text, new byte[64], out _));

    private static void AssertSame(Base58 alphabet, string text)
    {
        var expected = alphabet.Decode(text);
        var output = new byte[64];
        Assert.True(Base58Decoding.TryDecode(alphabet, text, output, out var written));
        Assert.Equal(expected, output[..written]);
    }
}
