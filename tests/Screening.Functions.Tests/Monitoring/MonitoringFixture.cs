using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Domain.Names;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Validation;
using Screening.Functions.Tests.Services;
using Screening.Infrastructure.Audit;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Monitoring.Events;
using Screening.Infrastructure.Storage;
using Screening.Testing;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// Subjects, alerts and re-screens on a real Azurite, screened against the real 2021 SDN and 2026 UN index (or
/// whatever index a test publishes). Each test class gets its own, so one class's index changes never reach another.
/// </summary>
public sealed class MonitoringFixture : IAsyncLifetime
{
    private AzuriteServer? _storage;

    public FixedActiveIndex Index { get; } = new();
    public SubjectService Subjects { get; private set; } = null!;
    public AlertService Alerts { get; private set; } = null!;
    public SubjectAuditService SubjectAudits { get; private set; } = null!;
    public AlertStore AlertStore { get; private set; } = null!;
    public SubjectStore SubjectStore { get; private set; } = null!;
    public RescreenPlanStore Plans { get; private set; } = null!;
    public RescreenService Rescreen { get; private set; } = null!;
    public RescreenPlanner Planner { get; private set; } = null!;
    public ListVersionStore Pointers { get; private set; } = null!;
    public QueueClient RescreenQueue { get; private set; } = null!;
    public CloudEventReceiver Topic { get; } = CloudEventReceiver.Start();
    public AlertEventSweeper Sweeper { get; private set; } = null!;
    public SubjectImport Import { get; private set; } = null!;
    public BlobContainerClient SubjectsInboxContainer { get; private set; } = null!;
    public AuditBuffer Audit { get; } = new(Options.Create(new AuditOptions { QueueCapacity = 100_000 }));
    public string ConnectionString => _storage!.ConnectionString;

    public async Task InitializeAsync()
    {
        _storage = await AzuriteServer.StartAsync();
        var tables = new TableServiceClient(_storage.ConnectionString);
        var queues = new QueueServiceClient(_storage.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var listStorage = new ListStorage(tables, new BlobServiceClient(_storage.ConnectionString));
        await listStorage.EnsureCreatedAsync(default);
        Index.Publish(RealIndex.State);
        AlertStore = new AlertStore(tables);
        SubjectStore = new SubjectStore(tables);
        Plans = new RescreenPlanStore(tables);
        Pointers = new ListVersionStore(listStorage);
        RescreenQueue = queues.GetQueueClient(RescreenDispatcher.QueueName);
        var options = Options.Create(new MonitoringOptions());
        var events = Options.Create(new AlertEventOptions { TopicEndpoint = Topic.Endpoint, Key = Topic.Key, SweepAfter = TimeSpan.Zero });
        var publisher = new AlertEventPublisher(events);
        var notifier = new AlertNotifier(publisher, AlertStore, NullLogger<AlertNotifier>.Instance);
        Sweeper = new AlertEventSweeper(publisher, AlertStore, events, TimeProvider.System, NullLogger<AlertEventSweeper>.Instance);
        var alerting = new SubjectAlerting(AlertStore, notifier, TimeProvider.System, NullLogger<SubjectAlerting>.Instance);
        var audit = new MonitoringAudit(Audit, NullLogger<MonitoringAudit>.Instance);
        Subjects = new SubjectService(SubjectStore, alerting, Index, audit, new SubjectRequestValidator(), TimeProvider.System);
        Alerts = new AlertService(AlertStore, audit, TimeProvider.System);
        SubjectAudits = new SubjectAuditService(SubjectStore, AlertStore);
        var blobs = new BlobServiceClient(_storage.ConnectionString);
        SubjectsInboxContainer = blobs.GetBlobContainerClient(SubjectsInbox.ContainerName);
        await SubjectsInboxContainer.CreateIfNotExistsAsync();
        Import = new SubjectImport(new SubjectBulkRegistration(Subjects, SubjectStore, alerting, audit, TimeProvider.System), Index, new SubjectsInbox(blobs), new SubjectRequestValidator(), TimeProvider.System, NullLogger<SubjectImport>.Instance);
        Rescreen = new RescreenService(Index, SubjectStore, AlertStore, alerting, Plans, new RescreenDeltas(new PublishedListVersions(Index), NullLogger<RescreenDeltas>.Instance), audit,
            NameMatchingOptions.Default, options, TimeProvider.System, NullLogger<RescreenService>.Instance);
        Planner = new RescreenPlanner(Index, Pointers, Plans, new RescreenDispatcher(queues), NameMatchingOptions.Default, options, TimeProvider.System, NullLogger<RescreenPlanner>.Instance);
    }

    /// <summary>Every alert the filter selects, read page by page to the end.</summary>
    public async Task<List<StoredAlert>> AllAlertsAsync(AlertFilter filter, int pageSize)
    {
        var found = new List<StoredAlert>();
        PageCursor? continuation = null;
        do
        {
            var page = await AlertStore.ListAsync(filter, pageSize, continuation, default);
            found.AddRange(page.Items);
            continuation = page.Next;
        }
        while (continuation is not null);

        return found;
    }

    public async Task DisposeAsync()
    {
        Sweeper.Dispose();
        await Topic.DisposeAsync();
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
