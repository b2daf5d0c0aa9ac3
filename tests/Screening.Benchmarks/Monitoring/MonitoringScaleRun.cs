using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Domain.Model;
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
/// The monitoring scale run (docs/benchmarks.md, "Ongoing monitoring"): the 2021-07-07 SDN set planned (every empty
/// partition recorded as screened against it, as a deployment serving it would have), N synthetic subjects imported
/// through the subjects-inbox import into Azurite, then every partition re-screened against the 2024-05-03 SDN file
/// as the queue-triggered function does it: against the delta (default) or everything (<c>full</c>), in this process
/// or by <c>instances</c> processes taking the partition messages from the re-screen queue. Prints subjects/s and peak memory.
/// Run: dotnet run -c Release --project tests/Screening.Benchmarks -- monitoring-scale 100000 [partition concurrency] [delta|full] [instances]
/// </summary>
internal static class MonitoringScaleRun
{
    private const string Before = "v-2021-07-07";
    private const string After = "v-2024-05-03";

    public static async Task RunAsync(int subjects, int partitionConcurrency, bool everyone, int instances)
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var run = new Services(azurite.ConnectionString);
        var sdn2021 = Sdn(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set"));
        run.Versions[$"ofac-sdn@{Before}"] = sdn2021;
        run.ActiveIndex.Current = State(Before, sdn2021);
        await RescreenInProcessAsync(run, await PlanAsync(run, everyone: false, "lists of 2021 activated"), partitionConcurrency);

        var csv = await SyntheticSubjects.WriteCsvAsync(subjects, Path.Combine(Path.GetTempPath(), $"subjects-{subjects}.csv"));
        var clock = Stopwatch.StartNew();
        SubjectImportReport report;
        await using (var file = File.OpenRead(csv))
        {
            report = (await run.Import.ImportAsync(Path.GetFileName(csv), file, default))!;
        }

        var importSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {report.Created:N0} created, {report.Rejected:N0} rejected, {report.AlertsRaised:N0} alerts in {importSeconds:F1} s = {report.Created / importSeconds:F0} subjects/s; peak working set {PeakMiB()} MiB"));

        await run.UseAfterAsync();
        var workers = new List<Process>();
        for (var i = 1; i < instances; i++)
        {
            workers.Add(await StartWorkerAsync(azurite.ConnectionString, partitionConcurrency));
        }

        var plan = await PlanAsync(run, everyone, "scale run");
        clock.Restart();
        if (instances == 1)
        {
            await RescreenInProcessAsync(run, plan, partitionConcurrency);
        }
        else
        {
            await new RescreenDispatcher(run.Queues).EnqueuePlanAsync(plan, default);
            var own = WorkAsync(run, partitionConcurrency, "worker 0");
            await Task.WhenAll(workers.Select(w => w.WaitForExitAsync()).Append(own));
        }

        var rescreenSeconds = clock.Elapsed.TotalSeconds;
        var (done, screened, _) = await run.Plans.ProgressAsync(plan.Key, default);
        var opened = await run.AlertsOpenedAsync(plan.Key);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"re-screen 2021 -> 2024 ({(everyone ? "everything" : "delta")}): {done} partitions, {screened:N0} subjects in {rescreenSeconds:F1} s = {screened / rescreenSeconds:F0} subjects/s ({instances} instance(s), partition concurrency {partitionConcurrency}); alerts opened {opened:N0}; peak working set {PeakMiB()} MiB"));
    }

    /// <summary>A second instance: builds the same indexes, says "ready", then takes partition messages until the plan is done.</summary>
    public static async Task WorkerAsync(string connectionString, int partitionConcurrency)
    {
        var run = new Services(connectionString);
        run.Versions[$"ofac-sdn@{Before}"] = Sdn(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set"));
        await run.UseAfterAsync();
        Console.WriteLine("ready");
        await WorkAsync(run, partitionConcurrency, $"worker {Environment.ProcessId}");
    }

    private static async Task WorkAsync(Services run, int partitionConcurrency, string name)
    {
        var queue = run.Queues.GetQueueClient(RescreenDispatcher.QueueName);
        var clock = Stopwatch.StartNew();
        var mine = new System.Collections.Concurrent.ConcurrentBag<(string Plan, int Partition)>();
        await Parallel.ForAsync(0, partitionConcurrency, async (_, token) =>
        {
            while (true)
            {
                var message = (await queue.ReceiveMessageAsync(TimeSpan.FromMinutes(30), token)).Value;
                if (message is null)
                {
                    return;
                }

                var work = RescreenDispatcher.Deserialize(message.Body.ToString());
                if (await run.Rescreen.RunAsync(work, token) == RescreenOutcome.Done)
                {
                    mine.Add((work.PlanKey, work.Partition));
                }

                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
            }
        });

        var seconds = clock.Elapsed.TotalSeconds;
        var subjects = 0L;
        var rows = run.Tables.GetTableClient(MonitoringTables.Rescreens);
        foreach (var (plan, partition) in mine)
        {
            subjects += (await rows.GetEntityAsync<TableEntity>(plan, SubjectPartition.Key(partition))).Value.GetInt32("Subjects") ?? 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {mine.Count} partitions, {subjects:N0} subjects in {seconds:F1} s = {subjects / seconds:F0} subjects/s; peak working set {PeakMiB()} MiB"));
    }

    private static async Task<Process> StartWorkerAsync(string connectionString, int partitionConcurrency)
    {
        var self = Environment.ProcessPath!;
        var arguments = Path.GetFileNameWithoutExtension(self) == "dotnet" ? $"\"{typeof(MonitoringScaleRun).Assembly.Location}\" " : string.Empty;
        var worker = Process.Start(new ProcessStartInfo(self, string.Create(CultureInfo.InvariantCulture, $"{arguments}monitoring-worker \"{connectionString}\" {partitionConcurrency}"))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        while (await worker.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == "ready")
            {
                _ = Task.Run(async () =>
                {
                    while (await worker.StandardOutput.ReadLineAsync() is { } more)
                    {
                        Console.WriteLine(more);
                    }
                });
                return worker;
            }
        }

        throw new InvalidOperationException("The worker process ended before it was ready.");
    }

    private static async Task<RescreenPlan> PlanAsync(Services run, bool everyone, string reason)
    {
        var state = run.ActiveIndex.Current;
        var listsKey = ListsKey.Of(state, NameMatchingOptions.Default);
        var now = DateTimeOffset.UtcNow;
        var plan = new RescreenPlan(PlanKeys.Of(listsKey, now), listsKey, ListsKey.Versions(state), reason, true, now, everyone, now);
        var (_, etag) = await run.Plans.GetCurrentAsync(default);
        if (!await run.Plans.TrySetCurrentAsync(plan, etag, default))
        {
            throw new InvalidOperationException("The plan row changed under the scale run.");
        }

        return plan;
    }

    private static Task RescreenInProcessAsync(Services run, RescreenPlan plan, int partitionConcurrency) =>
        Parallel.ForAsync(0, SubjectPartition.Count, new ParallelOptions { MaxDegreeOfParallelism = partitionConcurrency }, async (partition, token) =>
            await run.Rescreen.RunAsync(new RescreenWork(plan.Key, plan.ListsKey, partition, plan.Reason, plan.Everyone, plan.PlannedAt), token));

    private static long PeakMiB() => Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576;

    private static IReadOnlyList<SanctionedEntity> Sdn(string folder) =>
        ListReader.Read(new ListInput("ofac-sdn", [.. Directory.GetFiles(folder, "*.csv").Select(p => new ListFile(Path.GetFileName(p), () => File.OpenRead(p)))])).Entities;

    private static ActiveIndexState State(string version, IReadOnlyList<SanctionedEntity> entities) =>
        new(ListsAvailability.Ready, ScreeningIndex.Build(entities), [new ListVersionView("ofac-sdn", version, null, DateTimeOffset.UtcNow)], "scale run");

    /// <summary>The services one instance runs, wired by hand against one Azurite.</summary>
    private sealed class Services
    {
        public Services(string connectionString)
        {
            Tables = new TableServiceClient(connectionString);
            Queues = new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            var blobs = new BlobServiceClient(connectionString);
            var subjectStore = new SubjectStore(Tables);
            var alertStore = new AlertStore(Tables);
            Plans = new RescreenPlanStore(Tables);
            // No audit writer drains the buffer here; a deployment's keeps it near empty. Bounded (5x the default), so
            // the peak working set is the instance's, not a million queued audit records (beyond it they are dropped, logged).
            var audit = new MonitoringAudit(new AuditBuffer(Options.Create(new AuditOptions { QueueCapacity = 100_000 })), NullLogger<MonitoringAudit>.Instance);
            var notifier = new AlertNotifier(new AlertEventPublisher(Options.Create(new AlertEventOptions())), alertStore, NullLogger<AlertNotifier>.Instance);
            var alerting = new SubjectAlerting(alertStore, notifier, TimeProvider.System, NullLogger<SubjectAlerting>.Instance);
            var validator = new SubjectRequestValidator();
            var subjectService = new SubjectService(subjectStore, alerting, ActiveIndex, audit, validator, TimeProvider.System);
            Import = new SubjectImport(new SubjectBulkRegistration(subjectService, subjectStore, alerting, audit, TimeProvider.System), ActiveIndex, new SubjectsInbox(blobs), validator, TimeProvider.System, NullLogger<SubjectImport>.Instance);
            var deltas = new RescreenDeltas(new InMemoryListVersions(Versions), NullLogger<RescreenDeltas>.Instance);
            Rescreen = new RescreenService(ActiveIndex, subjectStore, alertStore, alerting, Plans, deltas, audit, NameMatchingOptions.Default,
                Options.Create(new MonitoringOptions()), TimeProvider.System, NullLogger<RescreenService>.Instance);
        }

        public StaticActiveIndex ActiveIndex { get; } = new();
        public Dictionary<string, IReadOnlyList<SanctionedEntity>> Versions { get; } = new(StringComparer.Ordinal);
        public TableServiceClient Tables { get; }
        public QueueServiceClient Queues { get; }
        public RescreenPlanStore Plans { get; }
        public SubjectImport Import { get; }
        public RescreenService Rescreen { get; }

        public Task UseAfterAsync()
        {
            var sdn2024 = Sdn(TestPaths.Data("ofac", "sdn_csv_2024-05-03"));
            Versions[$"ofac-sdn@{After}"] = sdn2024;
            ActiveIndex.Current = State(After, sdn2024);
            return Task.CompletedTask;
        }

        public async Task<long> AlertsOpenedAsync(string planKey)
        {
            var opened = 0L;
            await foreach (var row in Tables.GetTableClient(MonitoringTables.Rescreens).QueryAsync<TableEntity>($"PartitionKey eq '{planKey}'"))
            {
                opened += row.GetInt32("AlertsOpened") ?? 0;
            }

            return opened;
        }
    }

    private sealed class StaticActiveIndex : IActiveIndex
    {
        public ActiveIndexState Current { get; set; } = ActiveIndexState.NotLoaded("scale run starting");

        public Task CatchUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
