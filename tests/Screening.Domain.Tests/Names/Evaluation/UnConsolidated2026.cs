using Screening.Domain.Model;
using Screening.Domain.Sources;

namespace Screening.Domain.Tests.Names.Evaluation;

/// <summary>
/// The UN Security Council Consolidated List of 2026-02-27 read once through the production <see cref="ListReader"/>:
/// 1,003 entries, 366 of them with an Arabic original-script name next to the Latin ones.
/// </summary>
internal static class UnConsolidated2026
{
    private static readonly Lazy<IReadOnlyList<SanctionedEntity>> Cached = new(
        () => ListReader.Read(ListInput.FromFile("un", TestData.Path("un", "2026-02-27", "consolidated.xml"))).Entities);

    public static IReadOnlyList<SanctionedEntity> Entities => Cached.Value;
}
