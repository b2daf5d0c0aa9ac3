using Microsoft.Azure.Functions.Worker;

namespace Screening.LocalHost.TestApp;

/// <summary>Records each message of test-work; a message saying "fail" always throws, to prove retries and the poison queue.</summary>
public sealed class Enqueued(InvocationLog log)
{
    [Function(nameof(Enqueued))]
    public void Run([QueueTrigger("test-work", Connection = "Storage")] string message)
    {
        log.Messages.Enqueue(message);
        if (message.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{message}' fails on purpose.");
        }
    }
}
