using SimpleBase;

namespace Screening.Domain.Addresses;

/// <summary>
/// Base58Check addresses with Bitcoin's alphabet: P2PKH/P2SH of Bitcoin and its forks, and TRON's "T..." accounts.
/// The version prefix alone decides the family; the checksum is verified before the version is looked at,
/// so a typo in the first character reads as a checksum error rather than as an unknown chain.
/// </summary>
internal static class Base58CheckAddressCodec
{
    private sealed record VersionEntry(byte[] Prefix, AddressFamily Family, string Kind, string[] Chains)
    {
        public string KeyPrefix { get; } = KeyPrefixOf(Kind);
    }

    private static readonly VersionEntry[] Versions =
    [
        new([0x00], AddressFamily.BitcoinLegacy, "P2PKH", ["BTC", "BCH", "BSV", "USDT"]),
        // Litecoin used 0x05 for P2SH before it introduced "M..." (0x32), so LTC can hold a "3..." address too.
        new([0x05], AddressFamily.BitcoinLegacy, "P2SH", ["BTC", "BCH", "BSV", "LTC", "USDT"]),
        new([0x30], AddressFamily.LitecoinLegacy, "P2PKH", ["LTC"]),
        new([0x32], AddressFamily.LitecoinLegacy, "P2SH", ["LTC"]),
        new([0x4C], AddressFamily.Dash, "P2PKH", ["DASH"]),
        new([0x10], AddressFamily.Dash, "P2SH", ["DASH"]),
        new([0x1C, 0xB8], AddressFamily.ZcashTransparent, "P2PKH", ["ZEC"]),
        new([0x1C, 0xBD], AddressFamily.ZcashTransparent, "P2SH", ["ZEC"]),
        new([0x26], AddressFamily.BitcoinGold, "P2PKH", ["BTG"]),
        new([0x17], AddressFamily.BitcoinGold, "P2SH", ["BTG"]),
        new([0x1E], AddressFamily.Verge, "P2PKH", ["XVG"]),
        new([0x21], AddressFamily.Verge, "P2SH", ["XVG"]),
        new([TronAddressCodec.VersionByte], AddressFamily.Tron, "account", TronAddressCodec.Chains),
    ];

    private const int HashLength = 20;

    public static AddressRecognition Recognize(string text)
    {
        var bad = Base58Decoding.IndexOfInvalidChar(text, Base58Decoding.BitcoinAlphabet);
        if (bad >= 0)
        {
            return AddressRecognizer.Unrecognized(
                $"'{text[bad]}' at position {bad + 1} is not a Base58 character (0, O, I and l are never used), and the input matches no other address format.");
        }

        if (text.Length is < 26 or > 36)
        {
            return AddressRecognizer.Unrecognized(
                $"{text.Length} Base58 characters: Base58Check addresses (Bitcoin-like, TRON) have 26 to 36.");
        }

        Span<byte> decoded = stackalloc byte[Base58Decoding.MaxChars];
        if (!Base58Decoding.TryDecode(Base58.Bitcoin, text, decoded, out var length))
        {
            return AddressRecognizer.Unrecognized("The text does not decode as Base58.");
        }

        decoded = decoded[..length];
        if (length is not (25 or 26))
        {
            return AddressRecognizer.Unrecognized($"Decodes to {length} bytes: a Base58Check address has 25 (or 26 for Zcash).");
        }

        if (!Base58Decoding.ChecksumMatches(decoded))
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "Base58Check checksum does not match: the address has a typo or was truncated or altered.");
        }

        var body = decoded[..^4];
        foreach (var entry in Versions)
        {
            if (body.Length == entry.Prefix.Length + HashLength && body.StartsWith(entry.Prefix))
            {
                return Build(entry, body[entry.Prefix.Length..], text);
            }
        }

        return AddressRecognizer.Unrecognized(
            $"Valid Base58Check, but version 0x{Convert.ToHexString(body[..(body.Length - HashLength)])} is not a supported mainnet address type (testnet, private key or another coin).");
    }

    private static RecognizedAddress Build(VersionEntry entry, ReadOnlySpan<byte> hash, string text)
    {
        if (entry.Family == AddressFamily.Tron)
        {
            return TronAddressCodec.Recognized(hash, text);
        }

        return new RecognizedAddress(entry.Family, HashKeyWithPrefix(entry.KeyPrefix, hash), text, entry.Kind, entry.Chains);
    }

    /// <summary>The key of a 20-byte P2PKH/P2SH hash; CashAddr uses it too so both BCH encodings meet.</summary>
    public static string HashKey(string kind, ReadOnlySpan<byte> hash) => HashKeyWithPrefix(KeyPrefixOf(kind), hash);

    private static string KeyPrefixOf(string kind) => kind.ToLowerInvariant() + ":";

    private static string HashKeyWithPrefix(string keyPrefix, ReadOnlySpan<byte> hash)
    {
        Span<char> key = stackalloc char[keyPrefix.Length + (2 * hash.Length)];
        keyPrefix.CopyTo(key);
        Convert.TryToHexStringLower(hash, key[keyPrefix.Length..], out _);
        return new string(key);
    }
}
