using System.Text;
using Nethereum.Util;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class Keccak256Tests
{
    // Keccak-256 with the original padding (as Ethereum uses it), not NIST SHA3-256: the empty-string digest is the
    // one Ethereum calls KECCAK_EMPTY (the code hash of every account without code).
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Hash_matches_published_digests(string message, string expected)
    {
        var hash = new byte[32];
        Keccak256.Hash(Encoding.ASCII.GetBytes(message), hash);

        Assert.Equal(expected, Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Agrees_with_nethereum_on_random_inputs_across_the_block_boundary()
    {
        // 136 bytes is Keccak-256's rate: lengths around one and two blocks exercise the padding paths.
        var random = new Random(55);
        var hash = new byte[32];
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            Keccak256.Hash(data, hash);

            Assert.Equal(Sha3Keccack.Current.CalculateHash(data), hash);
        }
    }

    [Fact]
    public async Task Threads_hashing_at_once_do_not_share_state()
    {
        var data = Enumerable.Range(0, 8).Select(i => Encoding.ASCII.GetBytes(new string((char)('a' + i), 100 + i))).ToArray();
        var expected = data.Select(d => Sha3Keccack.Current.CalculateHash(d)).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            var hash = new byte[32];
            for (var round = 0; round < 2_000; round++)
            {
                Keccak256.Hash(data[i], hash);
                if (!hash.AsSpan().SequenceEqual(expected[i]))
                {
                    return false;
                }
            }

            return true;
        })));

        Assert.All(results, Assert.True);
    }
}
