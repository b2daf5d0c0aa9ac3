using Microsoft.Azure.Functions.Worker;

namespace Screening.LocalHost.TestApp;

public sealed class Drop(InvocationLog log)
{
    [Function(nameof(Drop))]
    public async Task Run([BlobTrigger("test-inbox/{name}", Connection = "Storage")] Stream content, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content);
        log.Blobs.Enqueue((name, await reader.ReadToEndAsync(cancellationToken)));
    }
}
