using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// The table and blob clients of the list store, created once from the <c>Storage</c> connection.
/// Tables and containers are created on first use, so a fresh account (or Azurite) needs no set-up step;
/// a failed creation (storage down) is tried again on the next use.
/// </summary>
public sealed class ListStorage(TableServiceClient tables, BlobServiceClient blobs)
{
    private readonly Lock _lock = new();
    private Task? _creation;

    public TableClient Table(string name) => tables.GetTableClient(name);

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(name);

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task creation;
        lock (_lock)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAsync();
            }

            creation = _creation;
        }

        return creation.IsCompletedSuccessfully ? Task.CompletedTask : creation.WaitAsync(cancellationToken);
    }

    // Shared by every caller, so no single caller's cancellation may abort it.
    private Task CreateAsync() =>
        Task.WhenAll(
            ListTables.AllTables.Select(name => (Task)tables.CreateTableIfNotExistsAsync(name, CancellationToken.None))
                .Concat(ListTables.AllContainers.Select(name => (Task)blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync())));
}
