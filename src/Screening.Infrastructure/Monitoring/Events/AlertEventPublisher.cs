using Azure;
using Azure.Identity;
using Azure.Messaging;
using Azure.Messaging.EventGrid;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Monitoring.Events;

/// <summary>
/// Publishes "alert opened" as CloudEvents 1.0 to the Event Grid topic: event id = alert id, so a consumer drops the
/// duplicates that at-least-once delivery may bring.
/// </summary>
public sealed class AlertEventPublisher
{
    public const string AlertOpenedType = "Screening.Monitoring.AlertOpened";
    private readonly EventGridPublisherClient? _client;
    private readonly AlertEventOptions _options;

    public AlertEventPublisher(IOptions<AlertEventOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.TopicEndpoint is { } endpoint)
        {
            // Few, short retries: the request that opened the alert waits for this; the sweep retries for as long as it takes.
            var clientOptions = new EventGridPublisherClientOptions();
            clientOptions.Retry.MaxRetries = 1;
            clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
            clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            _client = !string.IsNullOrEmpty(_options.Key)
                ? new EventGridPublisherClient(endpoint, new AzureKeyCredential(_options.Key), clientOptions)
                : new EventGridPublisherClient(endpoint, string.IsNullOrEmpty(_options.ClientId)
                    ? new DefaultAzureCredential()
                    : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = _options.ClientId }), clientOptions);
        }
    }

    public bool Enabled => _client is not null;

    public async Task PublishAsync(IReadOnlyList<StoredAlert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        if (_client is null || alerts.Count == 0)
        {
            return;
        }

        await _client.SendEventsAsync(alerts.Select(ToEvent), cancellationToken);
    }

    // The data in the API's own JSON shape (camelCase), not .NET's default.
    private CloudEvent ToEvent(StoredAlert alert) => new(_options.Source, AlertOpenedType, BinaryData.FromObjectAsJson(new AlertOpenedData(
        alert.Id, alert.SubjectId, alert.Subject.ClientReference, alert.EntityId, alert.Entity.PrimaryName.Value, alert.Source, alert.ListVersion,
        alert.Score, alert.MatchedOn.ToString().ToLowerInvariant(), alert.ReraisedBecause, alert.RaisedAt), MonitoringJson.Options), "application/json", CloudEventDataFormat.Json)
    {
        Id = alert.Id,
        Subject = $"subjects/{alert.SubjectId}",
        Time = alert.RaisedAt,
    };
}

/// <summary>The data of an "alert opened" event: enough to route it; the reviewer reads the alert itself over HTTP.</summary>
public sealed record AlertOpenedData(
    string AlertId,
    string SubjectId,
    string? ClientReference,
    string EntityId,
    string EntityName,
    string Source,
    string ListVersion,
    double Score,
    string MatchedOn,
    string? ReraisedBecause,
    DateTimeOffset RaisedAt);
