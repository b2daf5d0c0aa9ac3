using Screening.Domain.Model;
using Screening.Domain.Sources;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The 2021 OFAC SDN CSV set (sdn, add, alt, sdn_comments) read once through the production
/// <see cref="ListReader"/>: the real list the name-matching evaluation is built from.
/// </summary>
internal static class Sdn2021
{
    private static readonly Lazy<IReadOnlyList<SanctionedEntity>> Cached = new(Read);

    public static IReadOnlyList<SanctionedEntity> Entities => Cached.Value;

    private static IReadOnlyList<SanctionedEntity> Read()
    {
        var folder = TestData.Path("ofac", "sdn_csv_2021-07-07_full_set");
        var files = Directory.GetFiles(folder, "*.csv")
            .Order(StringComparer.Ordinal)
            .Select(path => new ListFile(Path.GetFileName(path), () => File.OpenRead(path)))
            .ToList();
        return ListReader.Read(new ListInput("ofac-sdn", files)).Entities;
    }
}
