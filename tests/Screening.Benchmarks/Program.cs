using System.Globalization;
using BenchmarkDotNet.Running;
using Screening.Benchmarks.Monitoring;

// "monitoring-scale N [partition concurrency]" is a timed end-to-end run, not a BenchmarkDotNet suite (docs/benchmarks.md).
if (args is ["monitoring-scale", var count, ..])
{
    var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    var everyone = args.Length > 3 && args[3] == "full";
    var instances = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
    await MonitoringScaleRun.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), concurrency, everyone, instances);
    return;
}

// A second instance of "monitoring-scale ... instances", started by it.
if (args is ["monitoring-worker", var connection, var workerConcurrency])
{
    await MonitoringScaleRun.WorkerAsync(connection, int.Parse(workerConcurrency, CultureInfo.InvariantCulture));
    return;
}

if (args is ["monitoring-delta-screen", var subjects, ..])
{
    await DeltaScreenRun.RunAsync(int.Parse(subjects, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MonitoringScaleRun).Assembly).Run(args);
