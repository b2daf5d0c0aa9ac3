using System.Collections.Frozen;

namespace Screening.Domain.Addresses;

/// <summary>
/// The chain tickers a caller (or a list's asset label) may use, mapped to one canonical ticker each.
/// OFAC writes Bitcoin as "XBT"; both spellings mean BTC.
/// </summary>
public static class ChainHints
{
    private static readonly FrozenDictionary<string, string> CanonicalByHint = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["BTC"] = "BTC",
        ["XBT"] = "BTC",
        ["BCH"] = "BCH",
        ["BSV"] = "BSV",
        ["LTC"] = "LTC",
        ["DASH"] = "DASH",
        ["ZEC"] = "ZEC",
        ["BTG"] = "BTG",
        ["XVG"] = "XVG",
        ["ETH"] = "ETH",
        ["ETC"] = "ETC",
        ["ARB"] = "ARB",
        ["BSC"] = "BSC",
        ["TRX"] = "TRX",
        ["XMR"] = "XMR",
        ["XRP"] = "XRP",
        ["USDT"] = "USDT",
        ["USDC"] = "USDC",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every canonical ticker, sorted, for error messages and documentation.</summary>
    public static IReadOnlyList<string> Supported { get; } = [.. CanonicalByHint.Values.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Maps a hint such as " xbt " to its canonical ticker ("BTC"); false when the hint names no known chain.</summary>
    public static bool TryNormalize(string hint, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(hint);
        if (CanonicalByHint.TryGetValue(hint.Trim(), out var found))
        {
            canonical = found;
            return true;
        }

        canonical = string.Empty;
        return false;
    }
}
