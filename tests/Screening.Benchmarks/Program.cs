using System.Globalization;
using BenchmarkDotNet.Running;
using Screening.Benchmarks.Monitoring;

// "monitoring-scale N [partition concurrency]" is a timed end-to-end run, not a BenchmarkDotNet suite (docs/benchmarks.md).
if (args is ["monitoring-scale", var count, ..])
{
    var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    await MonitoringScaleRun.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), concurrency);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MonitoringScaleRun).Assembly).Run(args);
