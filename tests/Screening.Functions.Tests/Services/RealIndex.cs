using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Functions.Contracts;
using Screening.Functions.Services;
using Screening.Testing;

namespace Screening.Functions.Tests.Services;

/// <summary>A screening index over the real 2021 OFAC SDN set and the 2026 UN list, built once for all tests.</summary>
internal static class RealIndex
{
    private static readonly Lazy<ActiveIndexState> Ready = new(() =>
    {
        var folder = TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set");
        var sdn = ListReader.Read(new ListInput("ofac-sdn", [.. Directory.GetFiles(folder, "*.csv").Select(p => new ListFile(Path.GetFileName(p), () => File.OpenRead(p)))]));
        var un = ListReader.Read(ListInput.FromFile("un", TestPaths.Data("un", "2026-02-27", "consolidated.xml")));
        var index = ScreeningIndex.Build(sdn.Entities.Concat(un.Entities));
        var loadedAt = DateTimeOffset.UtcNow;
        return new ActiveIndexState(ListsAvailability.Ready, index,
            [new ListVersionView("ofac-sdn", "v-2021-07-07", null, loadedAt), new ListVersionView("un", "v-2026-02-27", un.Metadata.PublishedAt, loadedAt)], "ready");
    });

    public static ActiveIndexState State => Ready.Value;
}
