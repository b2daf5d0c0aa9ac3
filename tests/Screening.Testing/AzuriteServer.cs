using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Screening.Testing;

/// <summary>
/// A real Azurite (Blob, Queue, Table) for one test run, started from the repository's pinned npm package
/// on free loopback ports and stopped on dispose. When a storage connection string is configured
/// (<c>Storage__ConnectionString</c> or <c>AzureWebJobsStorage</c> in the environment) that one is used instead.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    // Azurite's published development account: an emulator value, not a secret.
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _location;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private AzuriteServer(string connectionString, int blobPort, int queuePort, int tablePort, string? location)
    {
        ConnectionString = connectionString;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _location = location;
    }

    public string ConnectionString { get; }
    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public bool IsExternal => _location is null;

    /// <summary>Starts Azurite; <paramref name="persistent"/> keeps data on disk so a restart keeps it.</summary>
    public static async Task<AzuriteServer> StartAsync(bool persistent = false, CancellationToken cancellationToken = default)
    {
        var configured = Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? Environment.GetEnvironmentVariable("AzureWebJobsStorage");
        if (!string.IsNullOrWhiteSpace(configured) && !persistent)
        {
            return new AzuriteServer(configured, 0, 0, 0, null);
        }

        // A free port can be taken by another process between choosing it and Azurite binding it (test projects and
        // other suites run side by side): then Azurite exits with EADDRINUSE and a fresh set of ports is tried.
        for (var attempt = 1; ; attempt++)
        {
            var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
            var location = Directory.CreateTempSubdirectory("azurite-").FullName;
            var connection =
                $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/{DevAccount};QueueEndpoint=http://127.0.0.1:{queue}/{DevAccount};TableEndpoint=http://127.0.0.1:{table}/{DevAccount};";
            var server = new AzuriteServer(connection, blob, queue, table, location) { Persistent = persistent };
            try
            {
                await server.StartProcessAsync(cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (attempt < MaxStartAttempts && server.Log.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                await server.DisposeAsync();
            }
        }
    }

    private const int MaxStartAttempts = 5;

    private bool Persistent { get; init; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Kills Azurite at once, as a crash or an outage would.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>
    /// Stops Azurite as an operator would (SIGTERM), so it writes its data to disk first: an outage, not a loss of
    /// the account's tables. Falls back to a kill when it does not exit within 30 seconds.
    /// </summary>
    public async Task ShutDownAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Did not shut down in time; the kill below ends it.
            }
        }

        await StopAsync();
    }

    public Task RestartAsync(CancellationToken cancellationToken = default) =>
        IsExternal ? Task.CompletedTask : StartProcessAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test run over it.
            }
        }
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var script = Path.Combine(NodeModules.EnsureInstalled(), "azurite", "dist", "src", "azurite.js");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            script, "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }

        // In memory is faster; on disk (in a folder of this run) survives a kill and restart.
        start.ArgumentList.Add(Persistent ? "--location" : "--inMemoryPersistence");
        if (Persistent)
        {
            start.ArgumentList.Add(_location!);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(process);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await IsListeningAsync(port, cancellationToken))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Azurite did not start on port {port}:\n{Log}");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
