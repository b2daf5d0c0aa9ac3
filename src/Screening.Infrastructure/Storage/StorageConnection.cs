using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Resolves a named storage connection the way the Functions host does, so the app's own clients and
/// the blob trigger read the same settings:
/// a connection string (<c>{name}</c> or <c>{name}:ConnectionString</c>, for Azurite in development), else
/// identity-based service URIs (<c>{name}:blobServiceUri</c>, <c>{name}:tableServiceUri</c>, <c>{name}:queueServiceUri</c>, optional
/// <c>{name}:clientId</c> for a user-assigned identity), else the host's own <c>AzureWebJobsStorage</c>.
/// </summary>
public sealed class StorageConnection
{
    public const string DefaultName = "Storage";
    private const string HostConnectionName = "AzureWebJobsStorage";

    private readonly string? _connectionString;
    private readonly Uri? _blobServiceUri;
    private readonly Uri? _tableServiceUri;
    private readonly Uri? _queueServiceUri;
    private readonly TokenCredential? _credential;

    private StorageConnection(string description, string? connectionString, Uri? blobServiceUri, Uri? tableServiceUri, Uri? queueServiceUri, TokenCredential? credential)
    {
        Description = description;
        _connectionString = connectionString;
        _blobServiceUri = blobServiceUri;
        _tableServiceUri = tableServiceUri;
        _queueServiceUri = queueServiceUri;
        _credential = credential;
    }

    /// <summary>Where the connection came from, safe to log (never the secret itself).</summary>
    public string Description { get; }

    public static bool IsConfigured(IConfiguration configuration, string name = DefaultName) =>
        TryResolve(configuration, name) is not null;

    public static StorageConnection Resolve(IConfiguration configuration, string name = DefaultName) =>
        TryResolve(configuration, name)
        ?? throw new InvalidOperationException(
            $"No storage connection '{name}' is configured: set '{name}:ConnectionString', '{name}:blobServiceUri' and '{name}:tableServiceUri', or '{HostConnectionName}'.");

    public static StorageConnection? TryResolve(IConfiguration configuration, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return FromSection(configuration, name) ?? FromSection(configuration, HostConnectionName);
    }

    public BlobServiceClient CreateBlobServiceClient() =>
        _connectionString is not null
            ? new BlobServiceClient(_connectionString)
            : new BlobServiceClient(_blobServiceUri ?? throw Missing("blobServiceUri"), _credential);

    public TableServiceClient CreateTableServiceClient() =>
        _connectionString is not null
            ? new TableServiceClient(_connectionString)
            : new TableServiceClient(_tableServiceUri ?? throw Missing("tableServiceUri"), _credential);

    /// <summary>Queues in the Functions host's encoding (Base64), so queue triggers read what the app enqueues.</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var options = new QueueClientOptions { MessageEncoding = encoding };
        return _connectionString is not null
            ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(_queueServiceUri ?? throw Missing("queueServiceUri"), _credential, options);
    }

    private InvalidOperationException Missing(string setting) =>
        new($"Storage connection {Description} has no '{setting}'.");

    private static StorageConnection? FromSection(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection(name);
        var connectionString = section["ConnectionString"] ?? section.Value;
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection($"'{name}' (connection string)", connectionString, null, null, null, null);
        }

        var blobUri = section["blobServiceUri"];
        var tableUri = section["tableServiceUri"];
        var queueUri = section["queueServiceUri"];
        if (string.IsNullOrWhiteSpace(blobUri) && string.IsNullOrWhiteSpace(tableUri))
        {
            return null;
        }

        var clientId = section["clientId"];
        var credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        return new StorageConnection(
            $"'{name}' (identity)",
            null,
            string.IsNullOrWhiteSpace(blobUri) ? null : new Uri(blobUri),
            string.IsNullOrWhiteSpace(tableUri) ? null : new Uri(tableUri),
            string.IsNullOrWhiteSpace(queueUri) ? null : new Uri(queueUri),
            credential);
    }
}
