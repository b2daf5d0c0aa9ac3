using Azure;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// One writer per source across instances: a lease on blob list-locks/{source}, renewed in the
/// background while held. A lease left by a crashed instance expires after <see cref="ListsOptions.LeaseDuration"/>.
/// </summary>
public sealed class SourceLock(ListStorage storage, IOptions<ListsOptions> options)
{
    /// <summary>The held lock, or null when another instance holds it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string source, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = storage.Container(ListTables.LockContainer).GetBlobClient(ListBlobPaths.Lock(source));
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // The lock blob exists already (409), or is leased right now (412).
        }

        var duration = TimeSpan.FromSeconds(Math.Clamp(options.Value.LeaseDuration.TotalSeconds, 15, 60));
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }

        return new HeldLease(lease, duration / 3);
    }

    private sealed class HeldLease : IAsyncDisposable
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public HeldLease(BlobLeaseClient lease, TimeSpan renewEvery)
        {
            _lease = lease;
            _renewal = RenewAsync(renewEvery, _stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewal.ConfigureAwait(false);
            _stop.Dispose();
            try
            {
                await _lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                // Storage is unreachable (the SDK's retries gave up) or the lease expired: it frees itself after its duration.
            }
        }

        private async Task RenewAsync(TimeSpan every, CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(every);
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                {
                    try
                    {
                        await _lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is RequestFailedException or AggregateException)
                    {
                        // A missed renewal only shortens the lock; the write itself fails on its own if storage is gone.
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Released.
            }
        }
    }
}
