using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Screening.Domain.Addresses;

namespace Screening.Benchmarks.Addresses;

/// <summary>
/// Recognize + lookup of one input (what a screening request costs in process), per family, for a listed address (hit)
/// and a valid unlisted one (miss). BenchmarkDotNet's mean is per operation; its percentile columns are over iteration
/// means, so [GlobalCleanup] also times 200,000 single lookups with Stopwatch and prints their per-call p50/p99/p99.9.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class AddressLookupBenchmarks
{
    private AddressIndex index = null!;
    private string input = null!;

    public static IEnumerable<string> CaseNames => AddressBenchmarkData.Cases(AddressBenchmarkData.Entities()).Keys;

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var entities = AddressBenchmarkData.Entities();
        index = AddressIndex.Build(entities);
        input = AddressBenchmarkData.Cases(entities)[Case];
        var expectHit = Case.EndsWith("/hit", StringComparison.Ordinal);
        var result = index.Lookup(input);
        if (result.IsHit != expectHit || (!expectHit && !result.IsCleanMiss))
        {
            throw new InvalidOperationException($"{Case}: {input} gave {result}");
        }
    }

    [Benchmark]
    public AddressLookupResult RecognizeAndLookup() => index.Lookup(input);

    [GlobalCleanup]
    public void PerCallPercentiles()
    {
        const int Calls = 200_000;
        var ticks = new long[Calls];
        for (var i = 0; i < 20_000; i++)
        {
            index.Lookup(input);
        }

        for (var i = 0; i < Calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Lookup(input);
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(ticks);
        double Nanoseconds(double quantile) => ticks[(int)(quantile * (Calls - 1))] * 1e9 / Stopwatch.Frequency;
        Console.WriteLine(
            $"// PERCENTILES {Case}: p50={Nanoseconds(0.50):F0} ns p99={Nanoseconds(0.99):F0} ns p99.9={Nanoseconds(0.999):F0} ns " +
            $"(per call, {Calls} timed calls, includes ~{TimerOverheadNanoseconds():F0} ns timer overhead)");
    }

    private static double TimerOverheadNanoseconds()
    {
        var samples = new long[10_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(samples);
        return samples[samples.Length / 2] * 1e9 / Stopwatch.Frequency;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }
}
