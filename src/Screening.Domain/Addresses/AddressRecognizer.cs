namespace Screening.Domain.Addresses;

/// <summary>
/// Detects the family of a wallet address from the address itself (never from a list's asset label), validates its
/// checksum and returns its normalized key. Dispatch is by shape: "0x" → EVM; "prefix:" or q/p + 42 → CashAddr;
/// 40/42/64 hex digits → TRON hex (or a precise refusal); "bc1"/"ltc1" → SegWit; "r..." → XRP; 95/106 characters → Monero;
/// anything else → Base58Check (Bitcoin and forks, TRON).
/// </summary>
public static class AddressRecognizer
{
    private const int MaxInputLength = 256;

    /// <summary>Recognizes <paramref name="input"/> (surrounding whitespace ignored) and checks it against an optional chain hint.</summary>
    public static AddressRecognition Recognize(string input, string? chainHint = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? chain = null;
        if (!string.IsNullOrWhiteSpace(chainHint))
        {
            if (!ChainHints.TryNormalize(chainHint, out var canonical))
            {
                return new RejectedAddress(
                    AddressErrorCodes.ChainUnknown,
                    $"Chain '{chainHint.Trim()}' is not supported. Supported: {string.Join(", ", ChainHints.Supported)}.");
            }

            chain = canonical;
        }

        var recognition = RecognizeTrimmed(input.Trim());
        return chain is null ? recognition : ApplyChainHint(recognition, chain);
    }

    /// <summary>Turns a recognized address into a chain mismatch when <paramref name="canonicalChain"/> cannot hold it.</summary>
    internal static AddressRecognition ApplyChainHint(AddressRecognition recognition, string canonicalChain)
    {
        if (recognition is not RecognizedAddress recognized || recognized.ChainCandidates.Contains(canonicalChain))
        {
            return recognition;
        }

        return new RejectedAddress(
            AddressErrorCodes.ChainMismatch,
            $"{recognized.DisplayForm} is a '{recognized.Family.Id}' address ({recognized.Kind}; {recognized.Family.Description}); " +
            $"it is not a {canonicalChain} address. It can be: {string.Join(", ", recognized.ChainCandidates)}.",
            recognized);
    }

    /// <summary>Recognizes text that is already trimmed.</summary>
    internal static AddressRecognition RecognizeTrimmed(string text)
    {
        if (text.Length == 0)
        {
            return Unrecognized("The address is empty.");
        }

        if (text.Length > MaxInputLength)
        {
            return Unrecognized($"{text.Length} characters is longer than any supported address.");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                return Unrecognized($"Whitespace at position {i + 1}: an address is one unbroken string.");
            }

            if (!char.IsAscii(c) || char.IsControl(c))
            {
                return Unrecognized($"Character U+{(int)c:X4} at position {i + 1} never appears in an address (look-alike or invisible character?).");
            }
        }

        if (EvmAddressCodec.LooksLikeEvm(text))
        {
            return EvmAddressCodec.Recognize(text);
        }

        if (text.Contains(':', StringComparison.Ordinal) || CashAddrCodec.LooksLikeUnprefixedCashAddr(text))
        {
            return CashAddrCodec.Recognize(text);
        }

        if (text.Length is 40 or 42 or 64 && IsHex(text))
        {
            return RecognizeBareHex(text);
        }

        if (SegwitAddressCodec.LooksLikeSegwit(text))
        {
            return SegwitAddressCodec.Recognize(text);
        }

        if (XrpAddressCodec.LooksLikeXrp(text))
        {
            return XrpAddressCodec.Recognize(text);
        }

        if (MoneroAddressCodec.LooksLikeMonero(text))
        {
            return MoneroAddressCodec.Recognize(text);
        }

        return Base58CheckAddressCodec.Recognize(text);
    }

    internal static RejectedAddress Unrecognized(string reason) => new(AddressErrorCodes.Unrecognized, reason);

    private static AddressRecognition RecognizeBareHex(string text)
    {
        if (text.Length == 42 && text.StartsWith("41", StringComparison.Ordinal))
        {
            return TronAddressCodec.RecognizeHex(text);
        }

        return text.Length switch
        {
            40 => Unrecognized("40 hex digits without the 0x prefix: if this is an EVM address, enter it as 0x followed by the 40 digits."),
            64 => Unrecognized("64 hex digits: a transaction hash or a key, not a wallet address."),
            _ => Unrecognized("42 hex digits not starting with 41: TRON hex addresses are 41 followed by 40 hex digits."),
        };
    }

    private static bool IsHex(string text) => !text.AsSpan().ContainsAnyExcept(HexCharacters);

    private static readonly System.Buffers.SearchValues<char> HexCharacters =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
