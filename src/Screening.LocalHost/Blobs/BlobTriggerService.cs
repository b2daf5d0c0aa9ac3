using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Screening.LocalHost.Invocation;

namespace Screening.LocalHost.Blobs;

/// <summary>
/// Fires one blob-triggered function when a new or changed blob appears under its path. It polls the
/// container (every <see cref="LocalHostOptions.BlobPollInterval"/>, 2 s by default), so a blob fires within
/// about one interval plus the function's own time. A failing blob is retried on later polls up to
/// <see cref="MaxAttempts"/> times, then given up on and logged, as the host's poison handling does.
/// </summary>
public sealed class BlobTriggerService(
    FunctionTarget function,
    BlobPathPattern path,
    BlobServiceClient storage,
    FunctionInvoker invoker,
    IOptions<LocalHostOptions> options,
    ILogger<BlobTriggerService> logger) : BackgroundService
{
    public const int MaxAttempts = 5;
    private const string ReceiptsContainer = "azure-webjobs-hosts";
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = storage.GetBlobContainerClient(path.Container);
        var receipts = new BlobReceipts(storage.GetBlobContainerClient(ReceiptsContainer), function.Name);
        var triggerName = function.Definition.Trigger.Name;
        var triggerParameter = function.Method.GetParameters().Single(p => p.Name == triggerName);
        logger.LogInformation("Blob trigger '{Function}' watching '{Container}/{Prefix}' every {Interval}", function.Name, path.Container, path.Prefix, options.Value.BlobPollInterval);

        var loaded = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!loaded)
                {
                    await container.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    await receipts.LoadAsync(stoppingToken);
                    loaded = true;
                }

                await PollOnceAsync(container, receipts, triggerParameter.ParameterType, triggerName, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage down or restarting: keep polling, the host does not give up on a trigger.
                logger.LogWarning(exception, "Blob trigger '{Function}' could not poll '{Container}'", function.Name, path.Container);
            }

            try
            {
                await Task.Delay(options.Value.BlobPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PollOnceAsync(BlobContainerClient container, BlobReceipts receipts, Type contentType, string triggerName, CancellationToken cancellationToken)
    {
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, path.Prefix.Length == 0 ? null : path.Prefix, cancellationToken))
        {
            if (path.Match(item.Name) is not { } tokens || item.Properties.ETag is not { } etag || receipts.IsProcessed(container.Name, item.Name, etag))
            {
                continue;
            }

            var attemptKey = $"{item.Name}|{etag}";
            var blob = container.GetBlobClient(item.Name);
            try
            {
                if (await BlobContent.ReadAsync(blob, contentType, etag, cancellationToken) is not { } content)
                {
                    // Changed or deleted since the listing: the next poll lists the new version, which fires once.
                    continue;
                }

                var arguments = new InvocationArguments().Add(cancellationToken).AddNamed(triggerName, content);
                foreach (var (token, value) in tokens)
                {
                    arguments.AddNamed(token, value);
                }

                await invoker.InvokeAsync(function, arguments);
                await receipts.MarkProcessedAsync(container.Name, item.Name, etag, cancellationToken);
                _failures.Remove(attemptKey);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = _failures[attemptKey] = _failures.GetValueOrDefault(attemptKey) + 1;
                if (attempts >= MaxAttempts)
                {
                    logger.LogError(exception, "Blob '{Blob}' failed '{Function}' {Attempts} times; giving up on this version", item.Name, function.Name, attempts);
                    await receipts.MarkProcessedAsync(container.Name, item.Name, etag, cancellationToken);
                    _failures.Remove(attemptKey);
                }
            }
        }
    }
}
