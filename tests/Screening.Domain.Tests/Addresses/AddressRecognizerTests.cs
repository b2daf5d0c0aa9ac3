using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class AddressRecognizerTests
{
    private const string BitcoinP2pkh = "1295rkVyNfFpqZpXvKGhDqwhP1jZcNNDMV";
    private const string BitcoinP2sh = "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC";
    private const string Evm = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private const string Tron = "TQHgMpVzWkhSsRB4BzZgmV8uW4cFL8eaBr";

    [Fact]
    public void Surrounding_whitespace_is_ignored()
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(" \t" + BitcoinP2pkh + "\r\n"));

        Assert.Equal(BitcoinP2pkh, recognized.DisplayForm);
        Assert.Equal(AddressFamily.BitcoinLegacy, recognized.Family);
    }

    [Theory]
    [InlineData("1295rkVyNfFpqZp XvKGhDqwhP1jZcNNDMV", "Whitespace at position 16")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("1295rkVyNfFpqZpXvKGhDqwhP1jZcNNDM", "Decodes to 24 bytes")]
    [InlineData("1295rkVyNfFpqZpXvKGhDqwhP1jZcNNDMV0", "'0' at position 35")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "39 hex digits")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", "'g' at position 42")]
    [InlineData("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "without the 0x prefix")]
    [InlineData("bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "mixes both")]
    [InlineData("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", "version 0x6F")]
    [InlineData("\u0410295rkVyNfFpqZpXvKGhDqwhP1jZcNNDMV", "U+0410")]
    [InlineData("bchtest:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", "Unknown address prefix")]
    public void Malformed_input_is_unrecognized_with_a_precise_reason(string input, string reasonFragment)
    {
        var rejected = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(input));

        Assert.Equal(AddressErrorCodes.Unrecognized, rejected.Code);
        Assert.Contains(reasonFragment, rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1295rkVyNfFpqZpXvKGhDqwhP1jZcNNDMW")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")]
    [InlineData("TQHgMpVzWkhSsRB4BzZgmV8uW4cFL8eaBs")]
    [InlineData("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6c")]
    [InlineData("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi")]
    public void An_altered_character_is_a_checksum_error(string input)
    {
        Assert.Equal(AddressErrorCodes.Checksum, Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(input)).Code);
    }

    [Theory]
    [InlineData(BitcoinP2pkh, "XBT")]
    [InlineData(BitcoinP2pkh, "btc")]
    [InlineData(BitcoinP2pkh, "BCH")]
    [InlineData(BitcoinP2pkh, "BSV")]
    [InlineData(BitcoinP2pkh, " USDT ")]
    [InlineData(BitcoinP2sh, "LTC")]
    [InlineData(Evm, "USDT")]
    [InlineData(Evm, "USDC")]
    [InlineData(Evm, "ARB")]
    [InlineData(Tron, "USDT")]
    [InlineData(Tron, "USDC")]
    [InlineData("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", "BCH")]
    public void A_consistent_chain_hint_is_accepted(string address, string hint)
    {
        Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address, hint));
    }

    [Theory]
    [InlineData(BitcoinP2pkh, "LTC")]
    [InlineData(BitcoinP2pkh, "ETH")]
    [InlineData(Evm, "TRX")]
    [InlineData(Tron, "ETH")]
    [InlineData(Tron, "XBT")]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BCH")]
    [InlineData("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", "BTC")]
    [InlineData("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "USDT")]
    public void An_inconsistent_chain_hint_is_a_chain_mismatch_that_names_what_was_detected(string address, string hint)
    {
        var rejected = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(address, hint));

        Assert.Equal(AddressErrorCodes.ChainMismatch, rejected.Code);
        Assert.NotNull(rejected.Detected);
        Assert.Contains(rejected.Detected.Family.Id, rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DOGE")]
    [InlineData("bitcoin")]
    [InlineData("SOL")]
    public void An_unknown_chain_hint_has_its_own_code(string hint)
    {
        var rejected = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(BitcoinP2pkh, hint));

        Assert.Equal(AddressErrorCodes.ChainUnknown, rejected.Code);
        Assert.Contains("XRP", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")]
    [InlineData("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED")]
    [InlineData(Evm)]
    public void Evm_addresses_in_any_valid_case_share_one_key_and_display_in_eip55(string address)
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address));

        Assert.Equal("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", recognized.NormalizedKey);
        Assert.Equal(Evm, recognized.DisplayForm);
    }

    [Theory]
    [InlineData("LNwgtMxcKUQ51dw7bQL1yPQjBVZh6QEqsd", "litecoin-legacy", "P2PKH")]
    [InlineData("M8yFL6SFC6TreATegTyuSYkDfDRbisdpT3", "litecoin-legacy", "P2SH")]
    [InlineData("XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2", "dash", "P2PKH")]
    [InlineData("t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL", "zcash-transparent", "P2PKH")]
    [InlineData("GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS", "bitcoin-gold", "P2PKH")]
    [InlineData("DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", "verge", "P2PKH")]
    [InlineData("84AwzjeFWXNEuhj8LWinXo93AqYr6wS8ZcnaBCoGhrL7EtvBMBovdhiUSV9xLhjrPA8t64hYSaMc8bHtWXoV9129EHUjU62", "monero", "subaddress")]
    [InlineData("rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66", "xrp", "account")]
    public void Listed_addresses_of_smaller_chains_are_detected_from_their_version_bytes(string address, string family, string kind)
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address));

        Assert.Equal((family, kind), (recognized.Family.Id, recognized.Kind));
    }
}
