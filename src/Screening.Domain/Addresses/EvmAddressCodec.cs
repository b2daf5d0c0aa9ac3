namespace Screening.Domain.Addresses;

/// <summary>
/// EVM accounts ("0x" + 40 hex digits), one address space for every EVM chain and token.
/// Compared case-insensitively; a mixed-case input carries an EIP-55 checksum and must pass it.
/// All-lowercase and all-uppercase inputs carry no checksum, so a typo in them cannot be detected.
/// </summary>
internal static class EvmAddressCodec
{
    private const int HexDigits = 40;
    private static readonly string[] Chains = ["ETH", "ETC", "ARB", "BSC", "USDT", "USDC"];

    public static bool LooksLikeEvm(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);

    public static AddressRecognition Recognize(string text)
    {
        var digits = text.AsSpan(2);
        var bad = digits.IndexOfAnyExcept(HexCharacters);
        if (bad >= 0)
        {
            return AddressRecognizer.Unrecognized($"'{digits[bad]}' at position {bad + 3} is not a hex digit; EVM addresses are 0x + 40 hex digits.");
        }

        if (digits.Length != HexDigits)
        {
            return AddressRecognizer.Unrecognized($"0x followed by {digits.Length} hex digits: EVM addresses have {HexDigits}.");
        }

        var normalized = string.Create(2 + HexDigits, text, static (chars, source) =>
        {
            chars[0] = '0';
            chars[1] = 'x';
            source.AsSpan(2).ToLowerInvariant(chars[2..]);
        });
        var display = ChecksumForm(normalized);
        var mixedCase = digits.IndexOfAnyInRange('a', 'f') >= 0 && digits.IndexOfAnyInRange('A', 'F') >= 0;
        if (mixedCase && !digits.SequenceEqual(display.AsSpan(2)))
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "Mixed-case EVM address fails its EIP-55 checksum: a character or its case was altered. Enter it exactly as the wallet shows it, or all in lowercase.");
        }

        return new RecognizedAddress(AddressFamily.Evm, normalized, display, "account", Chains);
    }

    /// <summary>
    /// EIP-55: hash the 40 lowercase hex digits (as ASCII) with Keccak-256; a letter is upper case where the hash's
    /// nibble at its position is 8 or more. <paramref name="lowercase"/> is "0x" + 40 lowercase hex digits.
    /// </summary>
    internal static string ChecksumForm(string lowercase)
    {
        Span<byte> ascii = stackalloc byte[HexDigits];
        for (var i = 0; i < HexDigits; i++)
        {
            ascii[i] = (byte)lowercase[2 + i];
        }

        Span<byte> hash = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(ascii, hash);
        Span<char> chars = stackalloc char[2 + HexDigits];
        lowercase.AsSpan().CopyTo(chars);
        for (var i = 0; i < HexDigits; i++)
        {
            var nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            if (nibble >= 8)
            {
                chars[2 + i] = char.ToUpperInvariant(chars[2 + i]);
            }
        }

        return new string(chars);
    }

    private static readonly System.Buffers.SearchValues<char> HexCharacters =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
