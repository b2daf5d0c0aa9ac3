using System.Security.Cryptography;
using System.Text;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class DoubleSha256Tests
{
    // FIPS 180-2 appendix B (SHA-256 of "abc" and of the 448-bit message) and the well-known empty-string digest;
    // the double hash is the published single digest hashed once more, so each vector is checked in two steps.
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Hash_is_sha256_of_the_published_sha256_digest(string message, string publishedDigest)
    {
        var hash = new byte[32];
        DoubleSha256.Hash(Encoding.ASCII.GetBytes(message), hash);

        Assert.Equal(SHA256.HashData(Convert.FromHexString(publishedDigest)), hash);
    }

    [Fact]
    public void Bitcoin_genesis_block_header_hashes_to_its_published_id()
    {
        // The genesis block header (80 bytes); its id is the double SHA-256, shown byte-reversed.
        var header = Convert.FromHexString(
            "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c");
        var hash = new byte[32];

        DoubleSha256.Hash(header, hash);

        Array.Reverse(hash);
        Assert.Equal("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f", Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Agrees_with_dotnet_sha256_on_random_inputs_of_every_length_up_to_two_kilobytes()
    {
        var random = new Random(20261125);
        var hash = new byte[32];
        for (var length = 0; length <= 2048; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            DoubleSha256.Hash(data, hash);

            Assert.Equal(SHA256.HashData(SHA256.HashData(data)), hash);
        }
    }

    [Fact]
    public void Uses_libcrypto_directly_on_linux()
    {
        // The fast path is the point of this class; on Linux (CI, Azure Functions) falling back would be a silent
        // 5x slowdown of every address miss, so it is asserted rather than assumed.
        Assert.Equal(OperatingSystem.IsLinux(), DoubleSha256.UsesLibCrypto);
    }

    [Fact]
    public void Rejects_an_output_shorter_than_a_digest() =>
        Assert.Throws<ArgumentException>(() => DoubleSha256.Hash([1, 2, 3], new byte[31]));
}
