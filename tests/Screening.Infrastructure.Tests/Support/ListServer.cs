using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>How the fake publisher answers the next requests.</summary>
public enum ServerBehaviour
{
    /// <summary>200 with an ETag, 304 when If-None-Match matches.</summary>
    Normal,

    /// <summary>200 every time, no validators (the hash de-duplication must notice unchanged content).</summary>
    NoValidators,

    Error500,

    /// <summary>Waits far longer than the per-attempt timeout before answering.</summary>
    Hang,

    /// <summary>Announces the full length, sends half the body, then drops the connection.</summary>
    Truncated,
}

/// <summary>A publisher on 127.0.0.1 (Kestrel) serving real list files with switchable failures.</summary>
public sealed class ListServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private int _requests;
    private int _failuresLeft = int.MaxValue;

    private ListServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public ServerBehaviour Behaviour { get; private set; } = ServerBehaviour.Normal;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ListServer> StartAsync()
    {
        var port = AzuriteServer.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ListServer(app, port);
        app.MapGet("/{**name}", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public Uri Url(string name) => new($"http://127.0.0.1:{Port}/{name}");

    public Uri Serve(string name, byte[] content)
    {
        _files[name] = content;
        return Url(name);
    }

    /// <summary>Switches behaviour; <paramref name="times"/> limits a failure to that many requests, then Normal again.</summary>
    public void Switch(ServerBehaviour behaviour, int times = int.MaxValue)
    {
        Behaviour = behaviour;
        Volatile.Write(ref _failuresLeft, times);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string name)
    {
        Interlocked.Increment(ref _requests);
        if (!_files.TryGetValue(name, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var behaviour = Behaviour;
        if (behaviour is not ServerBehaviour.Normal and not ServerBehaviour.NoValidators && Interlocked.Decrement(ref _failuresLeft) < 0)
        {
            behaviour = ServerBehaviour.Normal;
        }

        switch (behaviour)
        {
            case ServerBehaviour.Error500:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case ServerBehaviour.Hang:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case ServerBehaviour.Truncated:
                context.Response.ContentLength = content.Length;
                await context.Response.Body.WriteAsync(content.AsMemory(0, content.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
        }

        if (behaviour == ServerBehaviour.Normal)
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }
}
