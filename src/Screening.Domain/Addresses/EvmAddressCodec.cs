using Nethereum.Util;

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

        var hasLower = digits.IndexOfAnyInRange('a', 'f') >= 0;
        var hasUpper = digits.IndexOfAnyInRange('A', 'F') >= 0;
        var prefixed = string.Concat("0x", digits);
        string display;
        if (hasLower && hasUpper)
        {
            if (!AddressUtil.Current.IsChecksumAddress(prefixed))
            {
                return new RejectedAddress(
                    AddressErrorCodes.Checksum,
                    "Mixed-case EVM address fails its EIP-55 checksum: a character or its case was altered. Enter it exactly as the wallet shows it, or all in lowercase.");
            }

            display = prefixed;
        }
        else
        {
            display = AddressUtil.Current.ConvertToChecksumAddress(prefixed);
        }

        return new RecognizedAddress(AddressFamily.Evm, prefixed.ToLowerInvariant(), display, "account", Chains);
    }

    private static readonly System.Buffers.SearchValues<char> HexCharacters =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
