using System.Security.Cryptography;
using System.Text;
using Screening.Domain.Addresses;
using Screening.Domain.Model;

namespace Screening.Benchmarks.Addresses;

/// <summary>
/// The newest published crypto set (tests/data/crypto) as entities,
/// plus one listed (hit) and one valid unlisted (miss) input per address family.
/// </summary>
internal static class AddressBenchmarkData
{
    private const string Set = "with-entity-names_2025-11-27";
    private const string FilePrefix = "sanctioned_addresses_";

    public static IReadOnlyList<SanctionedEntity> Entities() =>
    [
        .. Directory.GetFiles(SetDirectory(), FilePrefix + "*.txt").Order(StringComparer.Ordinal).Select((file, index) => new SanctionedEntity
        {
            Id = $"bench:{index}",
            Source = "bench",
            Type = EntityType.Entity,
            PrimaryName = new EntityName(Path.GetFileName(file), NameStrength.Strong, IsPrimary: true),
            DigitalCurrencyAddresses =
            [
                .. File.ReadLines(file).Where(l => l.Length > 0).Select(l => new DigitalCurrencyAddress(
                    Path.GetFileNameWithoutExtension(file)[FilePrefix.Length..],
                    l.Split(';')[0])),
            ],
        }),
    ];

    /// <summary>"family/hit" and "family/miss" → input text.</summary>
    public static IReadOnlyDictionary<string, string> Cases(IEnumerable<SanctionedEntity> entities)
    {
        var cases = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var listed in entities.SelectMany(e => e.DigitalCurrencyAddresses))
        {
            if (AddressRecognizer.Recognize(listed.Value) is RecognizedAddress address)
            {
                cases.TryAdd(address.Family.Id + "/hit", listed.Value);
            }
        }

        foreach (var family in AddressFamily.All)
        {
            cases[family.Id + "/miss"] = Miss(family);
        }

        return cases;
    }

    private static string Miss(AddressFamily family)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes("unlisted " + family.Id));
        var hash160 = hash[..20];
        return family.Id switch
        {
            "bitcoin-legacy" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x00, .. hash160]),
            "bitcoin-segwit" => NBitcoin.DataEncoders.Encoders.Bech32("bc").Encode(0, hash160),
            "litecoin-legacy" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x30, .. hash160]),
            "litecoin-segwit" => NBitcoin.DataEncoders.Encoders.Bech32("ltc").Encode(0, hash160),
            "dash" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x4C, .. hash160]),
            "zcash-transparent" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x1C, 0xB8, .. hash160]),
            "bitcoin-gold" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x26, .. hash160]),
            "verge" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x1E, .. hash160]),
            "evm" => Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(hash160),
            "tron" => Base58Decoding.Encode(SimpleBase.Base58.Bitcoin, [0x41, .. hash160]),
            "monero" => MoneroAddressCodec.Encode(18, [.. hash, .. SHA256.HashData(hash)]),
            "xrp" => Base58Decoding.Encode(SimpleBase.Base58.Ripple, [0x00, .. hash160]),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family.Id, "no miss generator for this family"),
        };
    }

    private static string SetDirectory() => TestData.Path("crypto", Set);
}
