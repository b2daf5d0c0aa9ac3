using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Screening.Testing;

/// <summary>
/// The built Screening.LocalHost running as its own process (exactly what the README's run command
/// starts), on a free loopback port, against the given storage. Tests reach it over real HTTP.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The base of every route, ending in <c>/api/</c>.</summary>
    public Uri BaseAddress { get; }

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

    public static async Task<LocalHostProcess> StartAsync(string storageConnectionString, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var directory = TestPaths.LocalHostDirectory;
        var port = AzuriteServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "Screening.LocalHost.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        start.Environment["Storage__ConnectionString"] = storageConnectionString;
        start.Environment["AzureWebJobsStorage"] = storageConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start LocalHost.");
        var host = new LocalHostProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/")));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.KillQuietly();
        await host.WaitUntilServingAsync(cancellationToken);
        return host;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>
    /// A LocalHost development bearer token for a named person with these app roles (LocalHost's POST /dev-token), the
    /// stand-in for the Entra ID token that opens the /v1 admin routes in Azure.
    /// </summary>
    public async Task<string> DevelopmentTokenAsync(string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        using var client = new HttpClient { BaseAddress = new Uri(BaseAddress, "/"), Timeout = TimeSpan.FromSeconds(60) };
        var query = "dev-token?name=" + Uri.EscapeDataString(name) + string.Concat(roles.Select(r => "&role=" + Uri.EscapeDataString(r)));
        using var response = await client.PostAsync(new Uri(query, UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that acts as a named person with these app roles (a development bearer token).</summary>
    public async Task<HttpClient> CreatePersonClientAsync(string name, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await DevelopmentTokenAsync(name, roles));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        KillQuietly();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"LocalHost exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("v1/health", UriKind.Relative), cancellationToken);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
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

    private void KillQuietly()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
