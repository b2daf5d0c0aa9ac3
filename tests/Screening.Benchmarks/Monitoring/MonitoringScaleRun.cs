using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Functions.Contracts;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Validation;
using Screening.Infrastructure.Audit;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Monitoring.Events;

namespace Screening.Benchmarks.Monitoring;

/// <summary>
/// The monitoring scale run (docs/benchmarks.md, "Ongoing monitoring"): N synthetic subjects imported through the
/// subjects-inbox import into Azurite against the 2021-07-07 SDN set, then every partition re-screened against the
/// 2024-05-03 SDN file, in this process, as the queue-triggered function would do them. Prints subjects/s and peak memory.
/// Run: dotnet run -c Release --project tests/Screening.Benchmarks -- monitoring-scale 100000
/// </summary>
internal static class MonitoringScaleRun
{
    public static async Task RunAsync(int subjects, int partitionConcurrency)
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var tables = new TableServiceClient(azurite.ConnectionString);
        var blobs = new BlobServiceClient(azurite.ConnectionString);

        var index2021 = State("v-2021-07-07", Sdn(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set")));
        var activeIndex = new StaticActiveIndex(index2021);
        var subjectStore = new SubjectStore(tables);
        var alertStore = new AlertStore(tables);
        var plans = new RescreenPlanStore(tables);
        var audit = new MonitoringAudit(new AuditBuffer(Options.Create(new AuditOptions { QueueCapacity = 10_000_000 })), NullLogger<MonitoringAudit>.Instance);
        var notifier = new AlertNotifier(new AlertEventPublisher(Options.Create(new AlertEventOptions())), alertStore, NullLogger<AlertNotifier>.Instance);
        var alerting = new SubjectAlerting(alertStore, notifier, TimeProvider.System, NullLogger<SubjectAlerting>.Instance);
        var subjectService = new SubjectService(subjectStore, alerting, activeIndex, audit, new SubjectRequestValidator(), TimeProvider.System);
        var import = new SubjectImport(new SubjectBulkRegistration(subjectService, subjectStore, alerting, audit, TimeProvider.System), activeIndex, new SubjectsInbox(blobs), new SubjectRequestValidator(), TimeProvider.System, NullLogger<SubjectImport>.Instance);
        var rescreen = new RescreenService(activeIndex, subjectStore, alertStore, alerting, plans, audit, NameMatchingOptions.Default,
            Options.Create(new MonitoringOptions()), TimeProvider.System, NullLogger<RescreenService>.Instance);

        var csv = await SyntheticSubjects.WriteCsvAsync(subjects, Path.Combine(Path.GetTempPath(), $"subjects-{subjects}.csv"));
        var clock = Stopwatch.StartNew();
        SubjectImportReport report;
        await using (var file = File.OpenRead(csv))
        {
            report = (await import.ImportAsync(Path.GetFileName(csv), file, default))!;
        }

        var importSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {report.Created:N0} created, {report.Rejected:N0} rejected, {report.AlertsRaised:N0} alerts in {importSeconds:F1} s = {report.Created / importSeconds:F0} subjects/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MiB"));

        var index2024 = State("v-2024-05-03", Sdn(TestPaths.Data("ofac", "sdn_csv_2024-05-03")));
        activeIndex.Current = index2024;
        var listsKey = ListsKey.Of(index2024, NameMatchingOptions.Default);
        var (_, etag) = await plans.GetCurrentAsync(default);
        await plans.TrySetCurrentAsync(new RescreenPlan(listsKey, listsKey, ListsKey.Versions(index2024), "scale run", true, DateTimeOffset.UtcNow), etag, default);
        clock.Restart();
        await Parallel.ForAsync(0, SubjectPartition.Count, new ParallelOptions { MaxDegreeOfParallelism = partitionConcurrency }, async (partition, token) =>
            await rescreen.RunAsync(new RescreenWork(listsKey, listsKey, partition, "scale run"), token));
        var rescreenSeconds = clock.Elapsed.TotalSeconds;
        var (done, screened) = await plans.ProgressAsync(listsKey, default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"re-screen 2021 -> 2024: {done} partitions, {screened:N0} subjects in {rescreenSeconds:F1} s = {screened / rescreenSeconds:F0} subjects/s (partition concurrency {partitionConcurrency}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MiB"));
    }

    private static IReadOnlyList<Domain.Model.SanctionedEntity> Sdn(string folder) =>
        ListReader.Read(new ListInput("ofac-sdn", [.. Directory.GetFiles(folder, "*.csv").Select(p => new ListFile(Path.GetFileName(p), () => File.OpenRead(p)))])).Entities;

    private static ActiveIndexState State(string version, IReadOnlyList<Domain.Model.SanctionedEntity> entities) =>
        new(ListsAvailability.Ready, ScreeningIndex.Build(entities), [new ListVersionView("ofac-sdn", version, null, DateTimeOffset.UtcNow)], "scale run");

    private sealed class StaticActiveIndex(ActiveIndexState state) : IActiveIndex
    {
        public ActiveIndexState Current { get; set; } = state;

        public Task CatchUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
