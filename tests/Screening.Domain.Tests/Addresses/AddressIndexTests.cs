using NBitcoin;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class AddressIndexTests
{
    public static TheoryData<string> Sets => [.. CryptoListSet.All];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_listed_address_is_found_in_every_accepted_spelling(string set)
    {
        var index = AddressIndex.Build(CryptoListSet.Entities(set));
        var misses = new List<string>();
        var spellingsChecked = 0;

        foreach (var entry in CryptoListSet.Read(set))
        {
            foreach (var spelling in AcceptedSpellings(entry.Address))
            {
                spellingsChecked++;
                var result = index.Lookup("  " + spelling + "\t", entry.Asset);
                if (!result.Hits.Any(h => h.ListedValue == entry.Address && h.ListedAsset == entry.Asset))
                {
                    misses.Add($"{entry.Asset} {entry.Address} as '{spelling}': {result.Recognition}");
                }
            }
        }

        Assert.Empty(misses);
        Assert.True(spellingsChecked > CryptoListSet.Read(set).Count + 500, $"only {spellingsChecked} spellings checked");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_report_keeps_exactly_the_non_address_and_the_mislabelled_address(string set)
    {
        var index = AddressIndex.Build(CryptoListSet.Entities(set));

        var unrecognized = Assert.Single(index.Report.Unrecognized);
        Assert.Equal(("XMR", "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320", AddressErrorCodes.Unrecognized),
            (unrecognized.Asset, unrecognized.Value, unrecognized.Code));
        var mismatch = Assert.Single(index.Report.LabelMismatches);
        Assert.Equal(("XBT", "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq", AddressFamily.Tron), (mismatch.Asset, mismatch.Value, mismatch.DetectedFamily));
        Assert.Equal(CryptoListSet.Read(set).Count, index.Report.ListedValues);
    }

    [Fact]
    public void A_listed_non_address_is_matched_verbatim_and_case_sensitively()
    {
        const string value = "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320";
        var index = AddressIndex.Build([TestEntities.WithAddresses("e1", ("XMR", value))]);

        var exact = index.Lookup(" " + value + " ");
        var upper = index.Lookup(value.ToUpperInvariant());

        Assert.Equal(AddressMatchBasis.VerbatimListedValue, exact.Basis);
        Assert.Equal(new AddressHit("e1", "XMR", value, null), Assert.Single(exact.Hits));
        Assert.IsType<RejectedAddress>(exact.Recognition);
        Assert.Empty(upper.Hits);
        Assert.IsType<RejectedAddress>(upper.Recognition);
    }

    [Theory]
    [InlineData("ETH")]
    [InlineData("ARB")]
    [InlineData("BSC")]
    [InlineData("ETC")]
    [InlineData("USDC")]
    [InlineData("USDT")]
    public void An_evm_address_listed_once_matches_on_every_evm_chain_showing_listed_label_and_detected_family(string chain)
    {
        var index = AddressIndex.Build([TestEntities.WithAddresses("e1", ("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"))]);

        var result = index.Lookup("0x098b716b8aaf21512996dc57eb0615e2383e2f96", chain);

        var recognized = Assert.IsType<RecognizedAddress>(result.Recognition);
        Assert.Equal(AddressFamily.Evm, recognized.Family);
        Assert.Equal("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", recognized.DisplayForm);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(("ETH", AddressFamily.Evm), (hit.ListedAsset, hit.ListedFamily));
    }

    [Fact]
    public void A_chain_mismatch_is_reported_without_hiding_the_listing()
    {
        var index = AddressIndex.Build([TestEntities.WithAddresses("e1", ("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"))]);

        var result = index.Lookup("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "BTC");

        Assert.Equal(AddressErrorCodes.ChainMismatch, Assert.IsType<RejectedAddress>(result.Recognition).Code);
        Assert.Single(result.Hits);
    }

    [Fact]
    public void An_unknown_chain_hint_is_refused_before_lookup()
    {
        var index = AddressIndex.Build([TestEntities.WithAddresses("e1", ("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"))]);

        var result = index.Lookup("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "DOGE");

        Assert.Equal(AddressErrorCodes.ChainUnknown, Assert.IsType<RejectedAddress>(result.Recognition).Code);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_bch_address_listed_in_legacy_form_is_found_by_its_cashaddr_and_the_reverse()
    {
        const string legacy = "18M8bJWMzWHDBMxoLqjHHAffdRy4SrzkfB";
        const string cashAddr = "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq";
        var index = AddressIndex.Build([TestEntities.WithAddresses("legacy", ("BCH", legacy)), TestEntities.WithAddresses("cash", ("BCH", cashAddr))]);
        var legacyHash = ((BitcoinPubKeyAddress)BitcoinAddress.Create(legacy, Network.Main)).Hash.ToBytes();
        var cashAddrOfLegacy = CashAddrCodec.Encode(0, legacyHash);
        var cashHash = ((RecognizedAddress)AddressRecognizer.Recognize(cashAddr)).NormalizedKey["p2pkh:".Length..];
        var legacyOfCash = new KeyId(Convert.FromHexString(cashHash)).GetAddress(Network.Main).ToString();

        Assert.Equal("legacy", Assert.Single(index.Lookup(cashAddrOfLegacy, "BCH").Hits).EntityId);
        Assert.Equal("cash", Assert.Single(index.Lookup(legacyOfCash, "BCH").Hits).EntityId);
    }

    [Fact]
    public void An_integrated_address_of_a_listed_monero_wallet_is_found()
    {
        const string standard = "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL";
        var index = AddressIndex.Build([TestEntities.WithAddresses("e1", ("XMR", standard))]);
        var keys = Convert.FromHexString(((RecognizedAddress)AddressRecognizer.Recognize(standard)).NormalizedKey["standard:".Length..]);
        var integrated = MoneroAddressCodec.Encode(19, [.. keys, 1, 2, 3, 4, 5, 6, 7, 8]);

        var result = index.Lookup(integrated, "XMR");

        Assert.Equal(106, integrated.Length);
        Assert.Equal("integrated", Assert.IsType<RecognizedAddress>(result.Recognition).Kind);
        Assert.Equal("e1", Assert.Single(result.Hits).EntityId);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Stored_spellings_answer_exactly_as_full_recognition_does(string set)
    {
        var index = AddressIndex.Build(CryptoListSet.Entities(set));

        foreach (var entry in CryptoListSet.Read(set))
        {
            foreach (var spelling in AcceptedSpellings(entry.Address))
            {
                Assert.Equal(AddressRecognizer.Recognize(spelling), index.Lookup(spelling).Recognition);
            }
        }
    }

    [Fact]
    public void The_same_address_listed_by_two_entities_yields_both_hits()
    {
        var index = AddressIndex.Build(
        [
            TestEntities.WithAddresses("e1", ("ARB", "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"), ("BSC", "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c")),
            TestEntities.WithAddresses("e2", ("ETH", "0x4F47BC496083C727C5FBE3CE9CDF2B0F6496270C")),
        ]);

        var result = index.Lookup("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", "ETH");

        Assert.Equal(["e1/ARB", "e1/BSC", "e2/ETH"], result.Hits.Select(h => $"{h.EntityId}/{h.ListedAsset}").Order(StringComparer.Ordinal));
        Assert.Equal(1, index.Report.DistinctAddresses);
    }

    /// <summary>The listed form plus every other spelling its format accepts for the same address.</summary>
    internal static IEnumerable<string> AcceptedSpellings(string listed)
    {
        yield return listed;
        if (AddressRecognizer.Recognize(listed) is not RecognizedAddress address)
        {
            yield break;
        }

        if (address.Family == AddressFamily.Evm)
        {
            yield return address.DisplayForm; // EIP-55
            yield return address.NormalizedKey;
            yield return "0x" + address.NormalizedKey[2..].ToUpperInvariant();
        }
        else if (address.Family == AddressFamily.BitcoinSegwit || address.Family == AddressFamily.LitecoinSegwit)
        {
            yield return listed.ToLowerInvariant();
            yield return listed.ToUpperInvariant();
        }
        else if (address.DisplayForm.StartsWith("bitcoincash:", StringComparison.Ordinal))
        {
            var bare = address.DisplayForm["bitcoincash:".Length..];
            yield return address.DisplayForm;
            yield return address.DisplayForm.ToUpperInvariant();
            yield return bare;
            yield return bare.ToUpperInvariant();
        }
        else if (address.Family == AddressFamily.Tron)
        {
            yield return address.NormalizedKey; // 41-prefixed hex
            yield return address.NormalizedKey.ToUpperInvariant();
        }
    }
}
