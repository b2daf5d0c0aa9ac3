namespace Screening.Domain.Addresses;

/// <summary>
/// One address space. Chains that accept the very same encoded addresses for the very same keys share a family
/// (legacy BTC/BCH/BSV share P2PKH/P2SH version bytes, so one listed "1..." address is the same address on all three;
/// every EVM chain shares one 20-byte account space). <see cref="Id"/> is stable and safe to persist.
/// </summary>
public sealed record AddressFamily(string Id, string Description)
{
    public static readonly AddressFamily BitcoinLegacy = new(
        "bitcoin-legacy",
        "Bitcoin-style P2PKH/P2SH hash space (Base58Check versions 0x00/0x05, and BCH CashAddr), shared by BTC, BCH, BSV and Omni USDT");

    public static readonly AddressFamily BitcoinSegwit = new("bitcoin-segwit", "Bitcoin SegWit/Taproot (Bech32/Bech32m, bc1...)");
    public static readonly AddressFamily LitecoinLegacy = new("litecoin-legacy", "Litecoin P2PKH/P2SH (Base58Check versions 0x30/0x32, L.../M...)");
    public static readonly AddressFamily LitecoinSegwit = new("litecoin-segwit", "Litecoin SegWit/MWEB-less witness addresses (Bech32/Bech32m, ltc1...)");
    public static readonly AddressFamily Dash = new("dash", "Dash P2PKH/P2SH (Base58Check versions 0x4C/0x10, X.../7...)");
    public static readonly AddressFamily ZcashTransparent = new("zcash-transparent", "Zcash transparent P2PKH/P2SH (Base58Check 2-byte versions, t1.../t3...)");
    public static readonly AddressFamily BitcoinGold = new("bitcoin-gold", "Bitcoin Gold P2PKH/P2SH (Base58Check versions 0x26/0x17, G.../A...)");

    /// <summary>Version 0x1E is also Dogecoin's P2PKH byte; Dogecoin is not a supported chain, so only XVG is offered.</summary>
    public static readonly AddressFamily Verge = new("verge", "Verge P2PKH/P2SH (Base58Check versions 0x1E/0x21, D.../E...)");

    public static readonly AddressFamily Evm = new("evm", "EVM account (0x + 20 bytes), the same address on every EVM chain");
    public static readonly AddressFamily Tron = new("tron", "TRON account (Base58Check version 0x41, T..., or 41-prefixed hex)");
    public static readonly AddressFamily Monero = new("monero", "Monero mainnet address (standard, integrated or subaddress)");
    public static readonly AddressFamily Xrp = new("xrp", "XRP Ledger classic address (Ripple Base58Check, r...)");

    public static IReadOnlyList<AddressFamily> All { get; } =
    [
        BitcoinLegacy, BitcoinSegwit, LitecoinLegacy, LitecoinSegwit, Dash, ZcashTransparent, BitcoinGold, Verge, Evm, Tron, Monero, Xrp,
    ];

    public override string ToString() => Id;
}
