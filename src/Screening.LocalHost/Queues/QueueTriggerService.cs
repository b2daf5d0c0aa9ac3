using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Screening.LocalHost.Invocation;

namespace Screening.LocalHost.Queues;

/// <summary>
/// Fires one queue-triggered function for each message of its queue, as the Functions host does: it polls the queue
/// (every <see cref="LocalHostOptions.QueuePollInterval"/> while empty), takes up to a batch of messages at once and
/// runs them side by side, deletes a message once the function succeeds, makes a failed one visible again after the
/// host.json visibility timeout, and moves a message that failed <c>maxDequeueCount</c> times to <c>{queue}-poison</c>,
/// where it stays for an operator to see. A message is leased for <see cref="LocalHostOptions.QueueMessageLease"/> and the
/// lease renewed while its function runs, so a process killed mid-message hands the message back within one lease.
/// </summary>
public sealed class QueueTriggerService(
    FunctionTarget function,
    QueueServiceClient storage,
    string queueName,
    QueueHostSettings settings,
    FunctionInvoker invoker,
    IOptions<LocalHostOptions> options,
    ILogger<QueueTriggerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = storage.GetQueueClient(queueName);
        var poison = storage.GetQueueClient(queueName + "-poison");
        var triggerName = function.Definition.Trigger.Name;
        var contentType = function.Method.GetParameters().Single(p => p.Name == triggerName).ParameterType;
        logger.LogInformation("Queue trigger '{Function}' watching '{Queue}' every {Interval}", function.Name, queueName, options.Value.QueuePollInterval);

        var created = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    created = true;
                }

                QueueMessage[] messages = await queue.ReceiveMessagesAsync(settings.BatchSize, options.Value.QueueMessageLease, stoppingToken);
                received = messages.Length;
                await Task.WhenAll(messages.Select(message => ProcessAsync(queue, poison, message, contentType, triggerName, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage down or restarting: keep polling, the host does not give up on a trigger.
                created = false;
                logger.LogWarning(exception, "Queue trigger '{Function}' could not poll '{Queue}'", function.Name, queueName);
            }

            if (received == 0)
            {
                try
                {
                    await Task.Delay(options.Value.QueuePollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, Type contentType, string triggerName, CancellationToken cancellationToken)
    {
        using var lease = new MessageLease(queue, message, options.Value.QueueMessageLease, logger, cancellationToken);
        try
        {
            var arguments = new InvocationArguments().Add(cancellationToken).AddNamed(triggerName, QueueContent.Read(message, contentType));
            await invoker.InvokeAsync(function, arguments);
            await queue.DeleteMessageAsync(message.MessageId, await lease.StopAsync(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var popReceipt = await lease.StopAsync();
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                logger.LogError(exception, "Message {MessageId} failed '{Function}' {Attempts} times; moved to '{Queue}-poison'", message.MessageId, function.Name, message.DequeueCount, queueName);
                await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
                return;
            }

            logger.LogWarning(exception, "Message {MessageId} failed '{Function}' (attempt {Attempt} of {MaxAttempts}); retried after {Delay}", message.MessageId, function.Name, message.DequeueCount, settings.MaxDequeueCount, settings.VisibilityTimeout);
            await queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken);
        }
    }
}
