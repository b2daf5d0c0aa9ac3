using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Storage;
using Screening.Testing;

namespace Screening.Benchmarks.Lists;

/// <summary>
/// The list store against a real Azurite: a whole refresh of the 2024 SDN CSV (file:// source, parse,
/// 14,965 entity rows, addresses, snapshot, activation, delta) and the cold start of an instance
/// (snapshot, or rows as the fallback, to a loaded ParsedList). Each iteration is one operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ListStoreBenchmarks
{
    private const int Sources = 16;
    private AzuriteServer _azurite = null!;
    private ServiceProvider _services = null!;
    private ListVersionRecord _loaded = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _azurite = AzuriteServer.StartAsync(persistent: false).GetAwaiter().GetResult();
        var url = new Uri(TestPaths.Data("ofac", "sdn_csv_2024-05-03", "sdn.csv")).ToString();
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = _azurite.ConnectionString };
        for (var i = 0; i < Sources; i++)
        {
            settings[$"Lists:Sources:bench-{i}:Url"] = url;
            settings[$"Lists:Sources:bench-{i}:Format"] = nameof(ListFormat.OfacCsv);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScreeningInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _services = services.BuildServiceProvider();
        var result = Refresh().GetAwaiter().GetResult();
        _loaded = _services.GetRequiredService<ListVersionStore>().GetAsync(result.Source, result.VersionId!, CancellationToken.None).GetAwaiter().GetResult()!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<IngestionResult> RefreshSdn2024() => await Refresh();

    [Benchmark]
    public async Task<int> ColdStartFromSnapshot()
    {
        // A fresh store per call, as a new instance has: no cached clients or created-table state.
        var storage = Fresh();
        var list = await new SnapshotStore(storage).TryReadAsync(_loaded.Source, _loaded.VersionId, _loaded.ContentHash, _loaded.EntityCount, CancellationToken.None);
        return list?.Entities.Count ?? throw new InvalidOperationException("The snapshot did not load.");
    }

    [Benchmark]
    public async Task<int> ColdStartFromRows()
    {
        var storage = Fresh();
        var list = await new ListVersionReader(storage, new SnapshotStore(storage)).ReadRowsAsync(_loaded, CancellationToken.None);
        return list.Entities.Count;
    }

    private ListStorage Fresh()
    {
        var connection = _services.GetRequiredService<StorageConnection>();
        return new ListStorage(connection.CreateTableServiceClient(), connection.CreateBlobServiceClient());
    }

    private async Task<IngestionResult> Refresh()
    {
        var source = $"bench-{Interlocked.Increment(ref _next) % Sources}";
        var result = await _services.GetRequiredService<ListRefreshService>().RefreshAsync(source, CancellationToken.None);
        return result.Outcome is ListRefreshOutcome.Activated or ListRefreshOutcome.Unchanged
            ? result
            : throw new InvalidOperationException($"Refresh of {source} ended {result.Outcome}: {result.Problem?.Message}");
    }
}
