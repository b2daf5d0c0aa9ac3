using NBitcoin;
using NBitcoin.DataEncoders;
using Nethereum.Util;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

/// <summary>
/// Zero false matches: valid addresses derived from random keys (fixed seed) never hit the listed sets, and altered
/// copies of listed addresses are refused rather than answered as a clean miss.
/// </summary>
public sealed class RandomAddressTests
{
    private const int PerFamily = 10_000;
    private const string Bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private static readonly Lazy<AddressIndex> AllSets = new(() =>
        AddressIndex.Build(CryptoListSet.All.SelectMany(CryptoListSet.Entities)));

    private static readonly Lazy<IReadOnlyList<Key>> Keys = new(() =>
    {
        var random = new Random(20240927);
        var secret = new byte[32];
        return [.. Enumerable.Range(0, PerFamily).Select(_ =>
        {
            random.NextBytes(secret);
            secret[0] = (byte)((secret[0] & 0x7F) | 0x01); // stays a valid secp256k1 scalar (below the group order, non-zero)
            return new Key(secret);
        })];
    });

    public static TheoryData<string> Families => [.. AddressFamily.All.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(Families))]
    public void Ten_thousand_random_valid_addresses_per_family_are_clean_misses(string familyId)
    {
        var index = AllSets.Value;
        var family = AddressFamily.All.Single(f => f.Id == familyId);
        var failures = new List<string>();

        for (var i = 0; i < PerFamily; i++)
        {
            var address = RandomAddress(family, Keys.Value[i], i);
            var result = index.Lookup(address);
            if (!result.IsCleanMiss || ((RecognizedAddress)result.Recognition).Family != family)
            {
                failures.Add($"{address}: {result}");
            }
        }

        Assert.Empty(failures.Take(5));
    }

    [Fact]
    public void Every_listed_address_with_one_altered_character_is_refused_not_answered_as_a_clean_miss()
        => AssertAlterationsRefused(seed: 1);

    [Fact]
    public void Lowercase_evm_and_tron_hex_carry_no_checksum_so_an_altered_character_is_another_valid_address()
    {
        var index = AllSets.Value;
        const string listedEvm = "0x098b716b8aaf21512996dc57eb0615e2383e2f96";
        var listedTronHex = ((RecognizedAddress)AddressRecognizer.Recognize("TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq")).NormalizedKey;

        Assert.NotEmpty(index.Lookup(listedEvm).Hits);
        Assert.NotEmpty(index.Lookup(listedTronHex).Hits);
        Assert.True(index.Lookup(listedEvm[..^1] + "7").IsCleanMiss);
        Assert.True(index.Lookup(listedTronHex[..^1] + (listedTronHex[^1] == '0' ? "1" : "0")).IsCleanMiss);
    }

    private static void AssertAlterationsRefused(int seed)
    {
        var index = AllSets.Value;
        var random = new Random(seed);
        var codes = new Dictionary<string, int>();
        var wrong = new List<string>();
        var listed = CryptoListSet.All.SelectMany(CryptoListSet.Read).Select(e => e.Address).Distinct(StringComparer.Ordinal);

        foreach (var value in listed)
        {
            if (AddressRecognizer.Recognize(value) is not RecognizedAddress address)
            {
                continue;
            }

            // Lowercase EVM has no checksum; its EIP-55 spelling does, and is what wallets show.
            var text = address.Family == AddressFamily.Evm ? address.DisplayForm : value;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var altered = Alter(text, address, random);
                var result = index.Lookup(altered);
                if (result.Recognition is RejectedAddress rejected && result.Hits.Count == 0)
                {
                    codes[rejected.Code] = codes.GetValueOrDefault(rejected.Code) + 1;
                }
                else
                {
                    wrong.Add($"{value} -> {altered}: {result.Recognition}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal([AddressErrorCodes.Checksum, AddressErrorCodes.Unrecognized], codes.Keys.Order(StringComparer.Ordinal));
        Assert.True(codes[AddressErrorCodes.Checksum] > 20 * codes[AddressErrorCodes.Unrecognized], string.Join(", ", codes));
    }

    /// <summary>Substitutes one character with another of the same alphabet (for EVM: swaps a letter's case or changes a digit).</summary>
    private static string Alter(string text, RecognizedAddress address, Random random)
    {
        var (start, alphabet) = address switch
        {
            { Family.Id: "evm" } => (2, ""),
            { Family.Id: "bitcoin-segwit" or "litecoin-segwit" } => (text.LastIndexOf('1') + 1, Bech32Charset),
            { DisplayForm: var display } when display.StartsWith("bitcoincash:", StringComparison.Ordinal)
                => (text.IndexOf(':', StringComparison.Ordinal) + 1, Bech32Charset),
            { Family.Id: "xrp" } => (0, "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"),
            _ => (0, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
        };
        var position = random.Next(start, text.Length);
        var original = text[position];
        char replacement;
        if (alphabet.Length == 0)
        {
            replacement = char.IsAsciiLetter(original)
                ? (char.IsUpper(original) ? char.ToLowerInvariant(original) : char.ToUpperInvariant(original))
                : (char)('0' + ((original - '0' + 1 + random.Next(9)) % 10));
        }
        else
        {
            do
            {
                replacement = alphabet[random.Next(alphabet.Length)];
            }
            while (replacement == original);
        }

        return string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
    }

    private static string RandomAddress(AddressFamily family, Key key, int i)
    {
        var pubKey = key.PubKey;
        var hash160 = pubKey.Hash.ToBytes();
        return family.Id switch
        {
            "bitcoin-legacy" => (i % 3) switch
            {
                0 => pubKey.GetAddress(ScriptPubKeyType.Legacy, Network.Main).ToString(),
                1 => pubKey.GetAddress(ScriptPubKeyType.SegwitP2SH, Network.Main).ToString(),
                _ => CashAddrCodec.Encode(0, hash160),
            },
            "bitcoin-segwit" => (i % 3) switch
            {
                0 => pubKey.GetAddress(ScriptPubKeyType.Segwit, Network.Main).ToString(),
                1 => pubKey.GetAddress(ScriptPubKeyType.TaprootBIP86, Network.Main).ToString(),
                _ => Encoders.Bech32("bc").Encode(0, NBitcoin.Crypto.Hashes.SHA256(pubKey.ToBytes())),
            },
            "litecoin-legacy" => Base58Check(i % 2 == 0 ? [0x30] : [0x32], hash160),
            "litecoin-segwit" => Encoders.Bech32("ltc").Encode(0, hash160),
            "dash" => Base58Check([0x4C], hash160),
            "zcash-transparent" => Base58Check([0x1C, 0xB8], hash160),
            "bitcoin-gold" => Base58Check([0x26], hash160),
            "verge" => Base58Check([0x1E], hash160),
            "evm" => i % 2 == 0 ? AddressUtil.Current.ConvertToChecksumAddress(EvmAccount(pubKey)) : "0x" + Convert.ToHexStringLower(EvmAccount(pubKey)),
            "tron" => i % 2 == 0 ? Base58Check([0x41], EvmAccount(pubKey)) : "41" + Convert.ToHexString(EvmAccount(pubKey)),
            "monero" => MoneroAddressCodec.Encode(
                (i % 3) switch { 0 => 18, 1 => 42, _ => 19 },
                [.. NBitcoin.Crypto.Hashes.SHA256(pubKey.ToBytes()), .. NBitcoin.Crypto.Hashes.SHA256(hash160), .. (i % 3 == 2 ? hash160[..8] : [])]),
            "xrp" => Base58Decoding.Encode(SimpleBase.Base58.Ripple, [0x00, .. hash160]),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family.Id, "no generator for this family"),
        };
    }

    /// <summary>Ethereum account: the last 20 bytes of Keccak-256 of the uncompressed public key without its 0x04 prefix.</summary>
    private static byte[] EvmAccount(PubKey pubKey) =>
        Sha3Keccack.Current.CalculateHash(pubKey.Decompress().ToBytes()[1..])[12..];

    private static string Base58Check(byte[] version, byte[] hash) =>
        Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [.. version, .. hash]);
}
