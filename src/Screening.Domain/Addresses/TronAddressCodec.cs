using SimpleBase;

namespace Screening.Domain.Addresses;

/// <summary>
/// TRON accounts: Base58Check "T..." (version 0x41, decoded by <see cref="Base58CheckAddressCodec"/>) and the
/// 42-hex-digit "41..." form that TRON's APIs print. Both normalize to the lowercase hex key, and show as "T...".
/// </summary>
internal static class TronAddressCodec
{
    public const byte VersionByte = 0x41;

    /// <summary>TRX and the stablecoins issued on TRON.</summary>
    public static readonly string[] Chains = ["TRX", "USDT", "USDC"];

    public static RecognizedAddress Recognized(ReadOnlySpan<byte> accountId, string base58Form)
    {
        Span<char> key = stackalloc char[2 + (2 * accountId.Length)];
        key[0] = '4';
        key[1] = '1';
        Convert.TryToHexStringLower(accountId, key[2..], out _);
        return new(AddressFamily.Tron, new string(key), base58Form, "account", Chains);
    }

    /// <summary>Recognizes the hex form; the caller has checked it is 42 hex digits starting with "41".</summary>
    public static AddressRecognition RecognizeHex(string text)
    {
        Span<byte> raw = stackalloc byte[21];
        Convert.FromHexString(text, raw, out _, out _);
        var base58Form = Base58Decoding.Encode(Base58.Bitcoin, raw);
        return Recognized(raw[1..], base58Form);
    }
}
