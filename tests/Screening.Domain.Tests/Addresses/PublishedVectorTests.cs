using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

/// <summary>Vectors published by each format's specification or reference implementation (sources cited per test).</summary>
public sealed class PublishedVectorTests
{
    // CashAddr specification (bitcoincash.org, spec/cashaddr.md, "Examples of address translation").
    [Theory]
    [InlineData("1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")]
    [InlineData("1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR", "bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy")]
    [InlineData("16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb", "bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r")]
    [InlineData("3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq")]
    [InlineData("3LDsS579y7sruadqu11beEJoTjdFiFCdX4", "bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e")]
    [InlineData("31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw", "bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37")]
    public void CashAddr_specification_examples_decode_to_the_same_address_as_their_legacy_form(string legacy, string cashAddr)
    {
        var fromLegacy = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(legacy));
        var fromCashAddr = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(cashAddr));
        var bare = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(cashAddr["bitcoincash:".Length..].ToUpperInvariant()));

        Assert.Equal(fromLegacy.NormalizedKey, fromCashAddr.NormalizedKey);
        Assert.Equal(fromLegacy.NormalizedKey, bare.NormalizedKey);
        Assert.Equal(cashAddr, fromCashAddr.DisplayForm);
        Assert.Equal(AddressFamily.BitcoinLegacy, fromCashAddr.Family);
        var hash = Convert.FromHexString(fromLegacy.NormalizedKey[(fromLegacy.NormalizedKey.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(cashAddr, CashAddrCodec.Encode(legacy[0] == '1' ? 0 : 1, hash));
    }

    // EIP-55 (eips.ethereum.org/EIPS/eip-55, "Test Cases").
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void Eip55_test_cases_are_accepted_and_a_changed_case_is_a_checksum_error(string address)
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address));
        Assert.Equal(address.ToLowerInvariant(), recognized.NormalizedKey);

        var mixed = address.Any(char.IsAsciiLetterLower) && address[2..].Any(char.IsAsciiLetterUpper);
        if (mixed)
        {
            Assert.Equal(address, recognized.DisplayForm);
            var letter = address.IndexOfAny("abcdefABCDEF".ToCharArray(), 2);
            var flipped = address[..letter] + (char.IsUpper(address[letter]) ? char.ToLowerInvariant(address[letter]) : char.ToUpperInvariant(address[letter])) + address[(letter + 1)..];
            Assert.Equal(AddressErrorCodes.Checksum, Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(flipped)).Code);
        }
    }

    // TRON: CryptoTron::AddrTools synopsis (metacpan), TRON wallet-cli "encoding convert" docs (tronprotocol.github.io),
    // Dune from_tron_address docs (docs.dune.com).
    [Theory]
    [InlineData("TQHgMpVzWkhSsRB4BzZgmV8uW4cFL8eaBr", "419D1015E669C2DF831003C5C54CEB48DA613D9979")]
    [InlineData("TBhCfAytTEh52WFL6HYr64i2nmc3u3TCUp", "4112e94f5a3c88b17d2f6e0b9a45cd310f8e7a6d29")]
    [InlineData("THHRK1bA7YRPZBcLnTP1SZy9ipUpsRwpo6", "41503aa4ad108bd3a89ba0310e23b49fb654cd6986")]
    public void Tron_base58_and_hex_forms_normalize_to_the_same_key(string base58, string hex)
    {
        var fromBase58 = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(base58, "TRX"));
        var fromHex = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(hex, "TRX"));

        Assert.Equal(hex.ToLowerInvariant(), fromBase58.NormalizedKey);
        Assert.Equal(fromBase58.NormalizedKey, fromHex.NormalizedKey);
        Assert.Equal(base58, fromHex.DisplayForm);
        Assert.Equal(AddressFamily.Tron, fromHex.Family);
    }

    // XRP Ledger docs (xrpl.org, "Accounts" → "Special Addresses"; genesis account of the ledger).
    [Theory]
    [InlineData("rrrrrrrrrrrrrrrrrrrrrhoLvTp", "0000000000000000000000000000000000000000")]
    [InlineData("rrrrrrrrrrrrrrrrrrrrBZbvji", "0000000000000000000000000000000000000001")]
    [InlineData("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "b5f762798a53d543a014caf8b297cff8f2f937e8")]
    public void Xrp_special_and_genesis_addresses_decode_to_their_account_ids(string address, string accountId)
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address, "XRP"));

        Assert.Equal(AddressFamily.Xrp, recognized.Family);
        Assert.Equal(accountId, recognized.NormalizedKey);
    }

    // Monero: monero-project/monero tests/unit_tests/base58.cpp (test_keys_addr_str and test_serialized_keys).
    [Fact]
    public void Monero_reference_address_decodes_to_its_published_spend_and_view_keys()
    {
        const string address = "4AzKEX4gXdJdNeM6dfiBFL7kqund3HYGvMBF3ttsNd9SfzgYB6L7ep1Yg1osYJzLdaKAYSLVh6e6jKnAuzj3bw1oGy9kXCb";
        const string keys = "f724bc5c6cfbb9d97602c300423a2f28641874513a035778a0c1778d833201e9" +
                            "220939689edf1abd5bc1d031f73ecd6c993add66d6808870456afeb8e7eeb68d";

        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address, "XMR"));

        Assert.Equal("standard:" + keys, recognized.NormalizedKey);
        Assert.Equal(address, MoneroAddressCodec.Encode(18, Convert.FromHexString(keys)));
        var broken = "0" + address[1..];
        Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(broken));
    }

    // BIP-173 and BIP-350 test vectors (valid segwit addresses, and invalid ones with the reason the BIPs give).
    [Theory]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "P2WPKH")]
    [InlineData("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "P2WSH")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "P2TR")]
    [InlineData("BC1SW50QGDZ25J", "bc1sw50qgdz25j", "witness v16")]
    public void Bip173_and_bip350_valid_mainnet_addresses_are_recognized(string address, string key, string kind)
    {
        var recognized = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(address, "BTC"));

        Assert.Equal((AddressFamily.BitcoinSegwit, key, kind), (recognized.Family, recognized.NormalizedKey, recognized.Kind));
    }

    [Theory]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", AddressErrorCodes.Checksum)] // v1 with Bech32 instead of Bech32m
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", AddressErrorCodes.Checksum)] // v0 with Bech32m instead of Bech32
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", AddressErrorCodes.Checksum)] // v2 with Bech32 (BIP-350 invalid)
    [InlineData("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", AddressErrorCodes.Unrecognized)] // v0 program of 16 bytes
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", AddressErrorCodes.Checksum)] // a BIP-173 valid vector, last character changed
    [InlineData("BC1ZW508D6QEJXTDG4Y5R3ZARVARYVQYZF3DU", AddressErrorCodes.Checksum)]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", AddressErrorCodes.Unrecognized)] // testnet
    [InlineData("bc1gmk9yu", AddressErrorCodes.Unrecognized)] // empty data section
    public void Bip173_and_bip350_invalid_addresses_are_rejected(string address, string code)
    {
        Assert.Equal(code, Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(address)).Code);
    }
}
