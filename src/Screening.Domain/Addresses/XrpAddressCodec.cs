using SimpleBase;

namespace Screening.Domain.Addresses;

/// <summary>
/// XRP Ledger classic addresses: Base58Check with Ripple's alphabet, version 0x00, 20-byte account ID,
/// double-SHA-256 checksum. X-addresses (which fold in a destination tag) are not supported and are reported as such.
/// </summary>
internal static class XrpAddressCodec
{
    private static readonly string[] Chains = ["XRP"];

    public static bool LooksLikeXrp(string text) => text.Length is >= 25 and <= 35 && text[0] == 'r';

    public static AddressRecognition Recognize(string text)
    {
        var bad = Base58Decoding.IndexOfInvalidChar(text, Base58Decoding.RippleAlphabet);
        if (bad >= 0)
        {
            return AddressRecognizer.Unrecognized(
                $"'{text[bad]}' at position {bad + 1} is not in the XRP Ledger Base58 alphabet (0, O, I and l are never used).");
        }

        Span<byte> decoded = stackalloc byte[Base58Decoding.MaxChars];
        if (!Base58Decoding.TryDecode(Base58.Ripple, text, decoded, out var length) || length != 25)
        {
            return AddressRecognizer.Unrecognized("Does not decode to the 25 bytes of an XRP classic address.");
        }

        decoded = decoded[..length];
        if (!Base58Decoding.ChecksumMatches(decoded))
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "XRP address checksum does not match: the address has a typo or was truncated or altered.");
        }

        if (decoded[0] != 0x00)
        {
            return AddressRecognizer.Unrecognized($"Version 0x{decoded[0]:X2} is not an XRP account address (seeds and public keys use other versions).");
        }

        return new RecognizedAddress(AddressFamily.Xrp, Convert.ToHexStringLower(decoded[1..21]), text, "account", Chains);
    }
}
