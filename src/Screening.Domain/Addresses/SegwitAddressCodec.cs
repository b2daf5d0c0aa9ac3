using NBitcoin.DataEncoders;

namespace Screening.Domain.Addresses;

/// <summary>
/// SegWit and Taproot addresses (BIP-173 Bech32 for witness v0, BIP-350 Bech32m for v1+) of Bitcoin ("bc") and Litecoin ("ltc").
/// NBitcoin verifies the checksum and reports which of the two checksum constants matched; the witness rules
/// (version, program length, padding, checksum variant per version) are applied here.
/// Bech32 is case-insensitive but never mixed-case, so the key is the lowercase address.
/// </summary>
internal static class SegwitAddressCodec
{
    private const int MaxLength = 90;
    private static readonly System.Buffers.SearchValues<char> CharsetValues =
        System.Buffers.SearchValues.Create("qpzry9x8gf2tvdw0s3jn54khce6mua7l");

    private sealed record Network(string Hrp, AddressFamily Family, string[] Chains, Bech32Encoder Encoder);

    private static readonly Network[] Networks =
    [
        // Omni Layer tokens (USDT) ride on any Bitcoin output, SegWit included.
        new("bc", AddressFamily.BitcoinSegwit, ["BTC", "USDT"], Encoders.Bech32("bc")),
        new("ltc", AddressFamily.LitecoinSegwit, ["LTC"], Encoders.Bech32("ltc")),
    ];

    /// <summary>True when the text starts with a supported human-readable part and separator ("bc1", "ltc1").</summary>
    public static bool LooksLikeSegwit(string text) =>
        text.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) || text.StartsWith("ltc1", StringComparison.OrdinalIgnoreCase);

    public static AddressRecognition Recognize(string text)
    {
        var hasLower = text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;
        var hasUpper = text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;
        if (hasLower && hasUpper)
        {
            return AddressRecognizer.Unrecognized("Bech32 addresses are all lowercase or all uppercase; this one mixes both (BIP-173).");
        }

        if (text.Length > MaxLength)
        {
            return AddressRecognizer.Unrecognized($"{text.Length} characters: Bech32 addresses have at most {MaxLength}.");
        }

        var lower = text.ToLowerInvariant();
        var separator = lower.LastIndexOf('1');
        var network = Array.Find(Networks, n => n.Hrp.Length == separator && lower.StartsWith(n.Hrp, StringComparison.Ordinal));
        if (network is null)
        {
            return AddressRecognizer.Unrecognized("Bech32 prefix is not 'bc1' or 'ltc1' (testnet and other coins are not supported).");
        }

        var data = lower.AsSpan(separator + 1);
        var bad = data.IndexOfAnyExcept(CharsetValues);
        if (bad >= 0)
        {
            return AddressRecognizer.Unrecognized(
                $"'{text[separator + 1 + bad]}' at position {separator + 2 + bad} is not a Bech32 character (1, b, i and o are never used after the separator).");
        }

        // Witness version + at least 2 program bytes (4 words) + 6 checksum words.
        if (data.Length < 1 + 4 + 6)
        {
            return AddressRecognizer.Unrecognized($"Too short for a witness address ({text.Length} characters).");
        }

        byte[] words;
        Bech32EncodingType encoding;
        try
        {
            words = network.Encoder.DecodeDataRaw(lower, out encoding);
        }
        catch (FormatException)
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "Bech32 checksum does not match: the address has a typo or was truncated or altered.");
        }

        return FromWords(network, words, encoding, lower);
    }

    private static AddressRecognition FromWords(Network network, byte[] words, Bech32EncodingType encoding, string lower)
    {
        var version = words[0];
        if (version > 16)
        {
            return AddressRecognizer.Unrecognized($"Witness version {version} does not exist (0 to 16).");
        }

        var expected = version == 0 ? Bech32EncodingType.BECH32 : Bech32EncodingType.BECH32M;
        if (encoding != expected)
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                version == 0
                    ? "Witness v0 addresses use the Bech32 checksum, but this one carries Bech32m (BIP-350)."
                    : $"Witness v{version} addresses use the Bech32m checksum, but this one carries Bech32 (BIP-350).");
        }

        Span<byte> program = stackalloc byte[words.Length * 5 / 8];
        if (!TryConvertToBytes(words.AsSpan(1), ref program))
        {
            return AddressRecognizer.Unrecognized("The witness program has invalid padding bits.");
        }

        if (program.Length is < 2 or > 40 || (version == 0 && program.Length is not (20 or 32)))
        {
            return AddressRecognizer.Unrecognized($"A witness v{version} program cannot be {program.Length} bytes long.");
        }

        var kind = (version, program.Length) switch
        {
            (0, 20) => "P2WPKH",
            (0, 32) => "P2WSH",
            (1, 32) => "P2TR",
            _ => $"witness v{version}",
        };
        return new RecognizedAddress(network.Family, lower, lower, kind, network.Chains);
    }

    /// <summary>Regroups 5-bit words into bytes, rejecting more than 4 padding bits or non-zero padding (BIP-173).</summary>
    private static bool TryConvertToBytes(ReadOnlySpan<byte> words, ref Span<byte> bytes)
    {
        var written = 0;
        var accumulator = 0;
        var bits = 0;
        foreach (var word in words)
        {
            accumulator = (accumulator << 5) | word;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[written++] = (byte)((accumulator >> bits) & 0xFF);
            }
        }

        bytes = bytes[..written];
        return bits < 5 && (accumulator & ((1 << bits) - 1)) == 0;
    }
}
