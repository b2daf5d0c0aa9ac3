using Screening.Domain.Model;

namespace Screening.Domain.Tests.Addresses;

/// <summary>One listed line of a crypto/ set: the asset from the file name, the address, and the entity names when the set has them.</summary>
internal sealed record ListedCryptoAddress(string Asset, string Address, string? Names);

/// <summary>
/// Reads a tests/data/crypto set: files sanctioned_addresses_ASSET.txt, one address a line, or
/// (with-entity-names set) address;"alias1;alias2" lines.
/// </summary>
internal static class CryptoListSet
{
    public const string Upstream2024 = "0xB10C_2024-09-27";
    public const string Fork2025 = "0xB10C-format_2025-06-20";
    public const string WithNames2025 = "with-entity-names_2025-11-27";

    public static IReadOnlyList<string> All { get; } = [Upstream2024, Fork2025, WithNames2025];

    private const string FilePrefix = "sanctioned_addresses_";

    public static IReadOnlyList<ListedCryptoAddress> Read(string set)
    {
        var directory = TestData.Path("crypto", set);
        var result = new List<ListedCryptoAddress>();
        foreach (var file in Directory.GetFiles(directory, FilePrefix + "*.txt").Order(StringComparer.Ordinal))
        {
            var asset = Path.GetFileNameWithoutExtension(file)[FilePrefix.Length..];
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var separator = line.IndexOf(';', StringComparison.Ordinal);
                result.Add(separator < 0
                    ? new ListedCryptoAddress(asset, line, null)
                    : new ListedCryptoAddress(asset, line[..separator], line[(separator + 1)..].Trim('"')));
            }
        }

        return result;
    }

    /// <summary>One entity per distinct name list (or per address when the set has no names).</summary>
    public static IReadOnlyList<SanctionedEntity> Entities(string set)
    {
        var listed = Read(set);
        return [.. listed
            .Select((entry, index) => (entry, index))
            .GroupBy(x => x.entry.Names ?? $"#{x.index}", StringComparer.Ordinal)
            .Select((group, index) => TestEntities.WithAddresses(
                $"crypto-test:{set}:{index}",
                [.. group.Select(x => (x.entry.Asset, x.entry.Address))]))];
    }
}
