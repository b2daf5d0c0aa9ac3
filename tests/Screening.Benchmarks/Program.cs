using System.Globalization;
using BenchmarkDotNet.Running;
using Screening.Benchmarks.Monitoring;
using Screening.Benchmarks.Names;

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

// "name-profile PASSES [script]" times the evaluation queries (or only those written in Hebrew, Greek, Georgian and
// katakana) pass after pass in one process (docs/benchmarks.md, name matching).
if (args is ["name-profile", var passes, .. var rest] && rest is [] or ["script"])
{
    NameMatchingProfileRun.Run(int.Parse(passes, CultureInfo.InvariantCulture), scriptQueries: rest is ["script"]);
    return;
}

// "name-results FILE" writes every evaluation query's results, to compare two engines for identical results.
if (args is ["name-results", var resultsPath])
{
    NameMatchingProfileRun.WriteResults(resultsPath);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MonitoringScaleRun).Assembly).Run(args);
