using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Screening.Testing;

/// <summary>
/// A local HTTP endpoint standing in for an Event Grid topic: it takes CloudEvents batches posted with the expected
/// <c>aeg-sas-key</c> and keeps them for the test to read. While <see cref="Failing"/> is set it answers 503, as a topic
/// that is down would.
/// </summary>
public sealed class CloudEventReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<JsonElement> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private CloudEventReceiver(string key)
    {
        Key = key;
        var port = AzuriteServer.FreePort();
        Endpoint = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/events"));
        _listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }
    public string Key { get; }
    public bool Failing { get; set; }
    public int Refused { get; private set; }

    public IReadOnlyList<JsonElement> Events => [.. _events];

    public static CloudEventReceiver Start(string key = "local-receiver-key") => new(key);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync.
        }
        catch (ObjectDisposedException)
        {
            // Likewise.
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            var response = context.Response;
            if (Failing || context.Request.Headers["aeg-sas-key"] != Key)
            {
                Refused++;
                response.StatusCode = Failing ? 503 : 401;
                response.Close();
                continue;
            }

            using var document = await JsonDocument.ParseAsync(context.Request.InputStream);
            foreach (var cloudEvent in document.RootElement.EnumerateArray())
            {
                _events.Enqueue(cloudEvent.Clone());
            }

            response.StatusCode = 200;
            response.Close();
        }
    }
}
