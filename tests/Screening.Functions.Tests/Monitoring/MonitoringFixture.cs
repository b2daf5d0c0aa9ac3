using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Tests.Services;
using Screening.Infrastructure.Monitoring;
using Screening.Testing;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>Subjects and alerts on a real Azurite, screened against the real 2021 SDN and 2026 UN index.</summary>
public sealed class MonitoringFixture : IAsyncLifetime
{
    private AzuriteServer? _storage;

    public FixedActiveIndex Index { get; } = new();
    public SubjectService Subjects { get; private set; } = null!;
    public AlertService Alerts { get; private set; } = null!;
    public AlertStore AlertStore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _storage = await AzuriteServer.StartAsync();
        var tables = new TableServiceClient(_storage.ConnectionString);
        Index.Publish(RealIndex.State);
        AlertStore = new AlertStore(tables);
        var alerting = new SubjectAlerting(AlertStore, TimeProvider.System, NullLogger<SubjectAlerting>.Instance);
        Subjects = new SubjectService(new SubjectStore(tables), alerting, Index, TimeProvider.System);
        Alerts = new AlertService(AlertStore, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
