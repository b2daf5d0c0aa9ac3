using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Screening.LocalHost.Queues;

/// <summary>
/// Keeps one received message hidden while its function runs: every third of the lease the visibility is extended by
/// a whole lease, as the Functions host does. Each renewal changes the pop receipt, so the latest one is handed back
/// for the delete or the retry. A renewal that fails (storage restarting) is retried on the next tick; if the lease
/// runs out meanwhile the message may run twice, which the functions tolerate (they are idempotent).
/// </summary>
internal sealed class MessageLease : IDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;
    private readonly CancellationToken _hostStopping;
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewing;
    private string _popReceipt;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan lease, ILogger logger, CancellationToken cancellationToken)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _popReceipt = message.PopReceipt;
        _lease = lease;
        _logger = logger;
        _hostStopping = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(_stop.Token);
    }

    /// <summary>Stops renewing and gives the pop receipt that is valid now.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _renewing;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        return _popReceipt;
    }

    public void Dispose() => _stop.Dispose();

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_lease / 3, cancellationToken);
            try
            {
                // Not cut by StopAsync: a renewal cancelled after storage applied it would leave a pop receipt that no longer holds.
                var renewed = await _queue.UpdateMessageAsync(_messageId, _popReceipt, visibilityTimeout: _lease, cancellationToken: _hostStopping);
                _popReceipt = renewed.Value.PopReceipt;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !_hostStopping.IsCancellationRequested)
            {
                _logger.LogWarning(exception, "Could not renew the lease of message {MessageId}; trying again", _messageId);
            }
        }
    }
}
