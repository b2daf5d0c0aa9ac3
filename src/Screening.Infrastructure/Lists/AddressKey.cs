namespace Screening.Infrastructure.Lists;

/// <summary>
/// The lookup form of a wallet address as listed: trimmed, inner whitespace removed, and lowercased
/// where the address family is case-insensitive (0x-hex forms, bech32 "bc1"/"ltc1"/"tb1" forms);
/// base58 and other forms keep their case because it is significant.
/// </summary>
public static class AddressKey
{
    private static readonly string[] Bech32Prefixes = ["bc1", "tb1", "ltc1", "bcrt1"];

    public static string Normalize(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var compact = string.Concat(address.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length > 2 && compact.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && compact.AsSpan(2).ContainsAnyExcept(HexDigits) is false)
        {
            return compact.ToLowerInvariant();
        }

        return Bech32Prefixes.Any(prefix => compact.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            ? compact.ToLowerInvariant()
            : compact;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
