namespace Screening.Domain.Addresses;

/// <summary>
/// Monero mainnet addresses: network tag 18 (standard, "4..."), 19 (integrated, "4...", with an 8-byte payment ID)
/// or 42 (subaddress, "8..."), then the public spend and view keys, then a 4-byte Keccak-256 checksum, in Monero Base58.
/// An integrated address pays the same wallet as its standard address, so both normalize to the same key.
/// The keys are not checked to be valid curve points; the checksum is what catches typos.
/// </summary>
internal static class MoneroAddressCodec
{
    private const byte StandardTag = 18;
    private const byte IntegratedTag = 19;
    private const byte SubaddressTag = 42;
    private const int KeysLength = 64;
    private static readonly string[] Chains = ["XMR"];

    public static bool LooksLikeMonero(string text) => text.Length is 95 or 106 && text[0] is '4' or '8';

    public static AddressRecognition Recognize(string text)
    {
        var bad = Base58Decoding.IndexOfInvalidChar(text, Base58Decoding.BitcoinAlphabet);
        if (bad >= 0)
        {
            return AddressRecognizer.Unrecognized($"'{text[bad]}' at position {bad + 1} is not a Monero Base58 character.");
        }

        Span<byte> decoded = stackalloc byte[MoneroBase58.DecodedLength(text.Length)];
        if (!MoneroBase58.TryDecode(text, decoded))
        {
            // An altered character can push an 11-character block past 2^64; Monero's own decoder rejects that as malformed.
            return AddressRecognizer.Unrecognized("Not valid Monero Base58: a block overflows its size, so the address was altered or is not Monero.");
        }

        Span<byte> checksum = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(decoded[..^4], checksum);
        if (!checksum[..4].SequenceEqual(decoded[^4..]))
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "Monero address checksum does not match: the address has a typo or was truncated or altered.");
        }

        var tag = decoded[0];
        var expectedLength = tag == IntegratedTag ? 1 + KeysLength + 8 + 4 : 1 + KeysLength + 4;
        var kind = tag switch
        {
            StandardTag => "standard",
            IntegratedTag => "integrated",
            SubaddressTag => "subaddress",
            _ => null,
        };
        if (kind is null || decoded.Length != expectedLength)
        {
            return AddressRecognizer.Unrecognized(
                $"Monero network tag {tag} with {decoded.Length} bytes is not a mainnet standard, integrated or subaddress (testnet and stagenet are not supported).");
        }

        // Standard and integrated addresses share the keys, hence the key space; subaddresses derive their own keys.
        var space = tag == SubaddressTag ? "subaddress:" : "standard:";
        Span<char> keyChars = stackalloc char[space.Length + (2 * KeysLength)];
        space.CopyTo(keyChars);
        Convert.TryToHexStringLower(decoded.Slice(1, KeysLength), keyChars[space.Length..], out _);
        var key = new string(keyChars);
        return new RecognizedAddress(AddressFamily.Monero, key, text, kind, Chains);
    }

    /// <summary>Builds an address from a tag and its body (keys, plus payment ID for integrated); for tests and tools.</summary>
    public static string Encode(byte tag, ReadOnlySpan<byte> body)
    {
        var data = new byte[1 + body.Length + 4];
        data[0] = tag;
        body.CopyTo(data.AsSpan(1));
        Span<byte> checksum = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(data.AsSpan(..^4), checksum);
        checksum[..4].CopyTo(data.AsSpan(^4));
        return MoneroBase58.Encode(data);
    }
}
