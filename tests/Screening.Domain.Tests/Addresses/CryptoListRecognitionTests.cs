using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

/// <summary>Every address of the three published crypto sets, recognized against its own asset label.</summary>
public sealed class CryptoListRecognitionTests
{
    private const string TronAddressListedAsXbt = "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq";
    private const string HexValueListedAsXmr = "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320";

    [Theory]
    [InlineData(CryptoListSet.Upstream2024, 654)]
    [InlineData(CryptoListSet.Fork2025, 634)]
    [InlineData(CryptoListSet.WithNames2025, 756)]
    public void Every_listed_address_is_a_valid_address_of_its_labelled_chain_except_two_known_exceptions(string set, int expectedCount)
    {
        var listed = CryptoListSet.Read(set);
        Assert.Equal(expectedCount, listed.Count);

        var failures = listed
            .Select(entry => (entry.Asset, entry.Address, Result: AddressRecognizer.Recognize(entry.Address, entry.Asset)))
            .Where(x => x.Result is RejectedAddress)
            .Select(x => (x.Asset, x.Address, ((RejectedAddress)x.Result).Code))
            .ToList();

        // SOURCES.md and the lists themselves: OFAC files a TRON address under XBT, and a 64-hex value
        // (a transaction hash or key, not an address) under XMR.
        Assert.Equal(
            [
                ("XBT", TronAddressListedAsXbt, AddressErrorCodes.ChainMismatch),
                ("XMR", HexValueListedAsXmr, AddressErrorCodes.Unrecognized),
            ],
            failures.OrderBy(f => f.Asset, StringComparer.Ordinal));
    }

    [Fact]
    public void The_tron_address_listed_as_xbt_is_recognized_as_tron_and_the_mismatch_names_its_chains()
    {
        var result = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(TronAddressListedAsXbt, "XBT"));

        Assert.Equal(AddressFamily.Tron, result.Detected?.Family);
        Assert.Contains("TRX", result.Reason, StringComparison.Ordinal);
        Assert.Equal(AddressFamily.Tron, Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(TronAddressListedAsXbt)).Family);
    }

    [Fact]
    public void The_hex_value_listed_as_xmr_is_refused_with_a_reason_that_says_what_it_looks_like()
    {
        var result = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(HexValueListedAsXmr, "XMR"));

        Assert.Equal(AddressErrorCodes.Unrecognized, result.Code);
        Assert.Contains("transaction hash or a key", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CryptoListSet.WithNames2025)]
    public void Usdt_addresses_are_detected_as_evm_tron_or_bitcoin_whatever_the_shared_label(string set)
    {
        var families = CryptoListSet.Read(set)
            .Where(e => e.Asset == "USDT")
            .Select(e => Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(e.Address)).Family.Id)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int> { ["evm"] = 8, ["tron"] = 78, ["bitcoin-legacy"] = 7 }, families);
    }
}
